-- What was changed or refused in an organization on behalf of someone who is not one of its members
-- acting in the portal (an administrator of the identity provider; later partners and support).
CREATE TABLE audit_entry (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(36)  NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL,
    actor_kind      VARCHAR(30)  NOT NULL,
    actor           VARCHAR(300) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    subject         VARCHAR(254) NOT NULL,
    detail          VARCHAR(1000) NOT NULL
);
CREATE INDEX audit_entry_organization ON audit_entry (organization_id, occurred_at);
