-- Work to do after a commit (e-mails, identity provider projection), retried until done.
CREATE TABLE outbox_entry (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    subject_key     VARCHAR(254)  NOT NULL,
    mail_subject    VARCHAR(300),
    mail_body       VARCHAR(8000),
    topic           VARCHAR(60),
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    requests        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    done_at         TIMESTAMP
);
CREATE INDEX outbox_due_idx ON outbox_entry (status, next_attempt_at);
CREATE INDEX outbox_subject_idx ON outbox_entry (kind, subject_key, status);

-- Which Keycloak organization mirrors which portal organization.
CREATE TABLE keycloak_organization (
    organization_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    keycloak_organization_id VARCHAR(36) NOT NULL,
    synced_at                TIMESTAMP   NOT NULL
);
