-- A deposit whose payment waits for the payer (3-D Secure) or the provider (late confirmation);
-- booked to the ledger, or dropped, once the provider decided (PAY-6).
CREATE TABLE pending_deposit (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(36)   NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    payment_method   VARCHAR(20)   NOT NULL,
    idempotency_key  VARCHAR(100)  NOT NULL,
    transaction_id   VARCHAR(60)   NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT pending_deposit_key_unique UNIQUE (organization_id, idempotency_key),
    CONSTRAINT pending_deposit_amount_check CHECK (amount > 0)
);
