ALTER TABLE accounts DROP COLUMN billing_email;
