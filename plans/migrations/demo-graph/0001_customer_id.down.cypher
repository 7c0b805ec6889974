DROP CONSTRAINT cutover_demo_customer_id IF EXISTS;
