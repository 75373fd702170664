-- Web hosting: sites and technical credentials (IDN-4).
CREATE TABLE hosting_site (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    product_id       VARCHAR(36)  NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    host_name        VARCHAR(253) NOT NULL,
    php_version      VARCHAR(5)   NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT hosting_site_host_unique UNIQUE (host_name),
    CONSTRAINT hosting_site_workspace_fk FOREIGN KEY (product_id) REFERENCES workspace (product_id)
);
CREATE INDEX hosting_site_product_idx ON hosting_site (product_id, host_name);

CREATE TABLE hosting_credential (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    product_id          VARCHAR(36)  NOT NULL,
    organization_id     VARCHAR(36)  NOT NULL,
    kind                VARCHAR(10)  NOT NULL,
    user_name           VARCHAR(32)  NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    password_changed_at TIMESTAMP    NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    CONSTRAINT hosting_credential_user_unique UNIQUE (user_name),
    CONSTRAINT hosting_credential_workspace_fk FOREIGN KEY (product_id) REFERENCES workspace (product_id)
);
CREATE INDEX hosting_credential_product_idx ON hosting_credential (product_id, kind, user_name);
