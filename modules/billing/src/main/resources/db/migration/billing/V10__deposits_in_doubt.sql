-- A deposit whose charge got no answer (the provider may have charged) waits "in doubt" under the
-- provider's idempotency key until the provider is asked what became of it. Its transaction is then
-- unknown: the table is made again with transaction_id nullable (the one statement that drops NOT
-- NULL is written differently on Derby and PostgreSQL), and the waiting deposits moved over.
CREATE TABLE waiting_deposit (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(36)   NOT NULL,
    currency         VARCHAR(3)    NOT NULL,
    amount           DECIMAL(19,2) NOT NULL,
    payment_method   VARCHAR(20)   NOT NULL,
    idempotency_key  VARCHAR(100)  NOT NULL,
    transaction_id   VARCHAR(60),
    provider_key     VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT waiting_deposit_key_unique UNIQUE (organization_id, idempotency_key),
    CONSTRAINT waiting_deposit_amount_check CHECK (amount > 0)
);
INSERT INTO waiting_deposit (id, organization_id, currency, amount, payment_method, idempotency_key, transaction_id,
                             provider_key, created_at)
    SELECT id, organization_id, currency, amount, payment_method, idempotency_key, transaction_id,
           transaction_id, created_at
    FROM pending_deposit;
-- (a deposit moved over has its transaction; its provider key is only asked for while in doubt)
DROP TABLE pending_deposit;
