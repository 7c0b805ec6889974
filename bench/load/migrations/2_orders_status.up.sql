ALTER TABLE orders ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'new';
CREATE INDEX orders_status ON orders (status);
