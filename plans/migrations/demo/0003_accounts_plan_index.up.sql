CREATE INDEX accounts_plan ON accounts (plan);
