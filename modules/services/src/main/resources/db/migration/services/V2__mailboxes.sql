-- Mailboxes of mail services (IDN-2, IDN-3), their readers, aliases and forwarding, and sign-in audit.
CREATE TABLE mailbox (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    product_id          VARCHAR(36)  NOT NULL,
    organization_id     VARCHAR(36)  NOT NULL,
    address             VARCHAR(254) NOT NULL,
    password_hash       VARCHAR(200),
    unified_account_id  VARCHAR(36),
    password_changed_at TIMESTAMP,
    keep_copy           BOOLEAN      NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    CONSTRAINT mailbox_address_unique UNIQUE (address),
    CONSTRAINT mailbox_workspace_fk FOREIGN KEY (product_id) REFERENCES workspace (product_id)
);
CREATE INDEX mailbox_product_idx ON mailbox (product_id, address);

CREATE TABLE mailbox_reader (
    mailbox_id  VARCHAR(36) NOT NULL,
    account_id  VARCHAR(36) NOT NULL,
    CONSTRAINT mailbox_reader_pk PRIMARY KEY (mailbox_id, account_id),
    CONSTRAINT mailbox_reader_mailbox_fk FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
);

CREATE TABLE mailbox_alias (
    mailbox_id  VARCHAR(36)  NOT NULL,
    address     VARCHAR(254) NOT NULL,
    CONSTRAINT mailbox_alias_pk PRIMARY KEY (mailbox_id, address),
    CONSTRAINT mailbox_alias_unique UNIQUE (address),
    CONSTRAINT mailbox_alias_mailbox_fk FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
);

CREATE TABLE mailbox_forward (
    mailbox_id  VARCHAR(36)  NOT NULL,
    address     VARCHAR(254) NOT NULL,
    CONSTRAINT mailbox_forward_pk PRIMARY KEY (mailbox_id, address),
    CONSTRAINT mailbox_forward_mailbox_fk FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
);

CREATE TABLE mail_login (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    mailbox_id       VARCHAR(36),
    organization_id  VARCHAR(36),
    address          VARCHAR(254) NOT NULL,
    client_address   VARCHAR(45),
    outcome          VARCHAR(30)  NOT NULL,
    attempted_at     TIMESTAMP    NOT NULL
);
CREATE INDEX mail_login_mailbox_idx ON mail_login (mailbox_id, attempted_at);
