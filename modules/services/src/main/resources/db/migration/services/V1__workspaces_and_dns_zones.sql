-- What paid products became (workspaces) and the DNS zones of domains.
CREATE TABLE workspace (
    product_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id  VARCHAR(36)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    product_type     VARCHAR(30)  NOT NULL,
    provisioned_at   TIMESTAMP    NOT NULL
);
CREATE INDEX workspace_organization_idx ON workspace (organization_id);

CREATE TABLE dns_zone (
    product_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    origin           VARCHAR(253) NOT NULL,
    serial           BIGINT       NOT NULL,
    name_servers     VARCHAR(1600) NOT NULL,
    CONSTRAINT dns_zone_workspace_fk FOREIGN KEY (product_id) REFERENCES workspace (product_id)
);

CREATE TABLE dns_record (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    zone_id          VARCHAR(36)  NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    owner_name       VARCHAR(253) NOT NULL,
    record_type      VARCHAR(10)  NOT NULL,
    ttl              INTEGER      NOT NULL,
    priority         INTEGER,
    weight           INTEGER,
    port             INTEGER,
    flags            INTEGER,
    tag              VARCHAR(20),
    content          VARCHAR(2048) NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT dns_record_zone_fk FOREIGN KEY (zone_id) REFERENCES dns_zone (product_id)
);
CREATE INDEX dns_record_zone_idx ON dns_record (zone_id, owner_name);
