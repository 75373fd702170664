-- IBAN transfers (PAY-3, PAY-6): the references customers quote, and every credit a bank reported.

-- A reference handed to a customer: for one pro-forma, or standing for deposits to one prepaid
-- account. QR references (CHF, 27 digits) and creditor references (EUR, RF...) share one table so a
-- reference can never mean two things.
CREATE TABLE transfer_reference (
    reference        VARCHAR(27)  NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(36)  NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    purpose          VARCHAR(20)  NOT NULL,
    invoice_id       VARCHAR(36),
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT transfer_reference_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT transfer_reference_invoice_unique UNIQUE (invoice_id),
    CONSTRAINT transfer_reference_purpose_check CHECK (
        (purpose = 'INVOICE' AND invoice_id IS NOT NULL) OR (purpose = 'DEPOSIT' AND invoice_id IS NULL))
);
CREATE INDEX transfer_reference_organization_idx ON transfer_reference (organization_id, purpose, currency);

-- A credit the bank reported (camt.054 / camt.053), once: the bank's own reference is unique, so
-- importing the same file again books nothing twice.
CREATE TABLE bank_credit (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    bank_reference     VARCHAR(140)  NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    payment_reference  VARCHAR(35),
    debtor             VARCHAR(140),
    booked_on          DATE,
    imported_at        TIMESTAMP     NOT NULL,
    outcome            VARCHAR(30)   NOT NULL,
    organization_id    VARCHAR(36),
    invoice_id         VARCHAR(36),
    CONSTRAINT bank_credit_reference_unique UNIQUE (bank_reference),
    CONSTRAINT bank_credit_amount_check CHECK (amount > 0)
);
CREATE INDEX bank_credit_outcome_idx ON bank_credit (outcome, imported_at);
