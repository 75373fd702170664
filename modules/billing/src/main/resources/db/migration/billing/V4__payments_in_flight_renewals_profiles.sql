-- Payments that wait for the payer or the provider (3-D Secure, PayPal, Twint, late confirmation),
-- renewals of held products in an order (PAY-3, PAY-8), and saved Twint profiles (PAY-5, REN-2).

ALTER TABLE purchase_order ADD COLUMN payment_method VARCHAR(20);
ALTER TABLE purchase_order ADD COLUMN transaction_id VARCHAR(60);
ALTER TABLE purchase_order ADD COLUMN currency VARCHAR(3);
ALTER TABLE purchase_order ADD COLUMN balance_part DECIMAL(19,2);
ALTER TABLE purchase_order ADD COLUMN awaiting_since TIMESTAMP;
CREATE INDEX purchase_order_status_idx ON purchase_order (status, awaiting_since);

-- an item that renews a product the organization holds, instead of buying a new one
ALTER TABLE purchase_order_item ADD COLUMN product_id VARCHAR(36);

CREATE TABLE payment_profile (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(36)  NOT NULL,
    payment_method   VARCHAR(20)  NOT NULL,
    token            VARCHAR(100) NOT NULL,
    label            VARCHAR(60)  NOT NULL,
    saved_at         TIMESTAMP    NOT NULL,
    CONSTRAINT payment_profile_unique UNIQUE (organization_id, payment_method)
);
