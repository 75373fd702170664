-- Organizations, the accounts that log in, memberships and invitations (ORG-1 to ORG-9).
-- Portable SQL: the same script runs on Derby and PostgreSQL.
CREATE TABLE account (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    language      VARCHAR(5)   NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE organization (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    street        VARCHAR(120),
    postal_code   VARCHAR(20),
    city          VARCHAR(80),
    country       VARCHAR(2)   NOT NULL,
    vat_number    VARCHAR(30),
    created_at    TIMESTAMP    NOT NULL
);

CREATE TABLE membership (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(36)  NOT NULL,
    account_id      VARCHAR(36)  NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    permissions     VARCHAR(200) NOT NULL,
    contacts        VARCHAR(200) NOT NULL,
    joined_at       TIMESTAMP    NOT NULL,
    CONSTRAINT membership_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT membership_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT membership_unique UNIQUE (organization_id, account_id)
);
CREATE INDEX membership_account_idx ON membership (account_id);

CREATE TABLE invitation (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    role             VARCHAR(30)  NOT NULL,
    permissions      VARCHAR(200) NOT NULL,
    contacts         VARCHAR(200) NOT NULL,
    language         VARCHAR(5)   NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    existing_account BOOLEAN      NOT NULL,
    invited_by       VARCHAR(36)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    expires_at       TIMESTAMP    NOT NULL,
    accepted_by      VARCHAR(36),
    CONSTRAINT invitation_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT invitation_token_unique UNIQUE (token_hash)
);
CREATE INDEX invitation_organization_idx ON invitation (organization_id, status);
