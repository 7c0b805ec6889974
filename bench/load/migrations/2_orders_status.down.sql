DROP INDEX orders_status ON orders;
ALTER TABLE orders DROP COLUMN status;
