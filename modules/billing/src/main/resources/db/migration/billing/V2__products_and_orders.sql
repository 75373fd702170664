-- Products an organization holds, and the orders that bring them (PAY-4, PAY-8, REN-2).
CREATE TABLE product (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    product_type     VARCHAR(30)  NOT NULL,
    label            VARCHAR(100) NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    expires_on       DATE         NOT NULL,
    auto_renew       BOOLEAN      NOT NULL,
    created_at       TIMESTAMP    NOT NULL
);
CREATE INDEX product_organization_idx ON product (organization_id, expires_on);

CREATE TABLE purchase_order (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    paid_at          TIMESTAMP,
    invoice_id       VARCHAR(36),
    payment_key      VARCHAR(100),
    CONSTRAINT purchase_order_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX purchase_order_organization_idx ON purchase_order (organization_id, created_at);

CREATE TABLE purchase_order_item (
    order_id         VARCHAR(36)  NOT NULL,
    item_number      INTEGER      NOT NULL,
    product_type     VARCHAR(30)  NOT NULL,
    label            VARCHAR(100) NOT NULL,
    years            INTEGER      NOT NULL,
    CONSTRAINT purchase_order_item_pk PRIMARY KEY (order_id, item_number),
    CONSTRAINT purchase_order_item_order_fk FOREIGN KEY (order_id) REFERENCES purchase_order (id)
);
