CREATE TABLE invoices (
  id BIGINT PRIMARY KEY,
  account_email VARCHAR(255) NOT NULL,
  amount_cents INT NOT NULL,
  issued_at DATETIME NOT NULL
);
