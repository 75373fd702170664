-- Prepaid accounts and their ledger, invoices and pro-formas, credit notes, document numbering
-- (PAY-3, PAY-5, PAY-6, PAY-9, PAR-8).
-- Portable SQL: the same script runs on Derby and PostgreSQL. Amounts are DECIMAL(19,2); the
-- organization id is a plain column (tenancy owns the organization table).

CREATE TABLE prepaid_account (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    organization_id VARCHAR(36)   NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    balance         DECIMAL(19,2) NOT NULL,
    opened_at       TIMESTAMP     NOT NULL,
    CONSTRAINT prepaid_account_unique UNIQUE (organization_id, currency),
    CONSTRAINT prepaid_account_currency_check CHECK (currency IN ('CHF', 'EUR')),
    CONSTRAINT prepaid_account_balance_check CHECK (balance >= 0)
);

CREATE TABLE prepaid_movement (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    account_id      VARCHAR(36)   NOT NULL,
    line_number     BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    balance_after   DECIMAL(19,2) NOT NULL,
    payment_method  VARCHAR(20),
    idempotency_key VARCHAR(100)  NOT NULL,
    reference_text  VARCHAR(80),
    booked_at       TIMESTAMP     NOT NULL,
    CONSTRAINT prepaid_movement_account_fk FOREIGN KEY (account_id) REFERENCES prepaid_account (id),
    CONSTRAINT prepaid_movement_line_unique UNIQUE (account_id, line_number),
    CONSTRAINT prepaid_movement_key_unique UNIQUE (account_id, idempotency_key),
    CONSTRAINT prepaid_movement_balance_check CHECK (balance_after >= 0),
    CONSTRAINT prepaid_movement_amount_check CHECK (amount <> 0)
);

CREATE TABLE invoice_sequence (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    series        VARCHAR(20) NOT NULL,
    currency      VARCHAR(3)  NOT NULL,
    sequence_year INTEGER     NOT NULL,
    next_value    BIGINT      NOT NULL,
    CONSTRAINT invoice_sequence_unique UNIQUE (series, currency, sequence_year),
    CONSTRAINT invoice_sequence_next_check CHECK (next_value >= 1)
);

CREATE TABLE invoice (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    organization_id      VARCHAR(36)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    invoice_number       VARCHAR(30),
    customer_name        VARCHAR(100)  NOT NULL,
    customer_street      VARCHAR(120),
    customer_postal_code VARCHAR(20),
    customer_city        VARCHAR(80),
    customer_country     VARCHAR(2)    NOT NULL,
    customer_vat_number  VARCHAR(30),
    currency             VARCHAR(3)    NOT NULL,
    vat_treatment        VARCHAR(20)   NOT NULL,
    vat_rate             DECIMAL(5,2)  NOT NULL,
    net_total            DECIMAL(19,2) NOT NULL,
    vat_total            DECIMAL(19,2) NOT NULL,
    gross_total          DECIMAL(19,2) NOT NULL,
    rounding_difference  DECIMAL(19,2) NOT NULL,
    payable_total        DECIMAL(19,2) NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    due_on               DATE,
    paid_at              TIMESTAMP,
    issued_on            DATE,
    cancelled_at         TIMESTAMP,
    CONSTRAINT invoice_number_unique UNIQUE (invoice_number),
    -- PAY-3: a number exactly when paid; a pro-forma has none.
    CONSTRAINT invoice_number_when_paid CHECK (
        (status = 'PAID' AND invoice_number IS NOT NULL AND paid_at IS NOT NULL AND issued_on IS NOT NULL)
        OR (status <> 'PAID' AND invoice_number IS NULL))
);
CREATE INDEX invoice_organization_idx ON invoice (organization_id, status);

CREATE TABLE invoice_line (
    invoice_id   VARCHAR(36)   NOT NULL,
    line_number  INTEGER       NOT NULL,
    product_id   VARCHAR(36),
    product_type VARCHAR(30)   NOT NULL,
    description  VARCHAR(200)  NOT NULL,
    period_years INTEGER       NOT NULL,
    currency     VARCHAR(3)    NOT NULL,
    list_amount  DECIMAL(19,2) NOT NULL,
    net_amount   DECIMAL(19,2) NOT NULL,
    CONSTRAINT invoice_line_pk PRIMARY KEY (invoice_id, line_number),
    CONSTRAINT invoice_line_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);

CREATE TABLE credit_note (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    organization_id      VARCHAR(36)   NOT NULL,
    credit_note_number   VARCHAR(30)   NOT NULL,
    invoice_id           VARCHAR(36)   NOT NULL,
    invoice_number       VARCHAR(30)   NOT NULL,
    customer_name        VARCHAR(100)  NOT NULL,
    customer_street      VARCHAR(120),
    customer_postal_code VARCHAR(20),
    customer_city        VARCHAR(80),
    customer_country     VARCHAR(2)    NOT NULL,
    customer_vat_number  VARCHAR(30),
    currency             VARCHAR(3)    NOT NULL,
    vat_treatment        VARCHAR(20)   NOT NULL,
    vat_rate             DECIMAL(5,2)  NOT NULL,
    net_total            DECIMAL(19,2) NOT NULL,
    vat_total            DECIMAL(19,2) NOT NULL,
    gross_total          DECIMAL(19,2) NOT NULL,
    rounding_difference  DECIMAL(19,2) NOT NULL,
    payable_total        DECIMAL(19,2) NOT NULL,
    reason               VARCHAR(200),
    issued_at            TIMESTAMP     NOT NULL,
    issued_on            DATE          NOT NULL,
    CONSTRAINT credit_note_number_unique UNIQUE (credit_note_number),
    CONSTRAINT credit_note_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX credit_note_organization_idx ON credit_note (organization_id);
CREATE INDEX credit_note_invoice_idx ON credit_note (invoice_id);

CREATE TABLE credit_note_line (
    credit_note_id VARCHAR(36)   NOT NULL,
    line_number    INTEGER       NOT NULL,
    product_id     VARCHAR(36),
    product_type   VARCHAR(30)   NOT NULL,
    description    VARCHAR(200)  NOT NULL,
    period_years   INTEGER       NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    list_amount    DECIMAL(19,2) NOT NULL,
    net_amount     DECIMAL(19,2) NOT NULL,
    CONSTRAINT credit_note_line_pk PRIMARY KEY (credit_note_id, line_number),
    CONSTRAINT credit_note_line_note_fk FOREIGN KEY (credit_note_id) REFERENCES credit_note (id)
);
