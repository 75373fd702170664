-- PAR-1: applications to the partner programme, their review and, once approved, the partnership with
-- its yearly reviews. open_for holds the organization while its application is pending or approved and
-- is empty otherwise: the unique constraint lets an organization have one open application at a time,
-- also when two are sent at once (both databases allow many empty values in a unique column).
CREATE TABLE partner_application (
    id                      VARCHAR(36)    NOT NULL PRIMARY KEY,
    version                 BIGINT         NOT NULL,
    organization_id         VARCHAR(36)    NOT NULL,
    open_for                VARCHAR(36),
    status                  VARCHAR(20)    NOT NULL,
    register_country        VARCHAR(2)     NOT NULL,
    register_number         VARCHAR(40)    NOT NULL,
    website                 VARCHAR(2000)  NOT NULL,
    conditions_version      VARCHAR(20)    NOT NULL,
    conditions_accepted_at  TIMESTAMP      NOT NULL,
    applicant_account_id    VARCHAR(36)    NOT NULL,
    applicant_login         VARCHAR(254)   NOT NULL,
    currency                VARCHAR(3)     NOT NULL,
    managed_value           DECIMAL(19, 2) NOT NULL,
    committed_value         DECIMAL(19, 2),
    applied_at              TIMESTAMP      NOT NULL,
    decided_at              TIMESTAMP,
    decided_by              VARCHAR(254),
    decision_reason         VARCHAR(1000),
    ended_at                TIMESTAMP,
    ended_by                VARCHAR(254),
    end_reason              VARCHAR(1000),
    reviewed_at             TIMESTAMP,
    reviewed_value          DECIMAL(19, 2),
    grace_until             TIMESTAMP,
    CONSTRAINT partner_application_open UNIQUE (open_for)
);

CREATE INDEX partner_application_organization ON partner_application (organization_id, applied_at);
CREATE INDEX partner_application_status ON partner_application (status, applied_at);
