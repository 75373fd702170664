-- Just-in-time elevation: a partner user acting for a client with limited access asks for more (named
-- products, whole categories or full access) for a few hours with a reason; the client's legal
-- representative approves or refuses it. open_key holds "<relationship>:<account>" while the request is
-- pending or the elevation approved and not yet recorded as ended: one open elevation per user and
-- client. end_audited tells whether the end has been written to the client's audit trail.
CREATE TABLE partner_elevation (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    relationship_id          VARCHAR(36)   NOT NULL,
    partner_organization_id  VARCHAR(36)   NOT NULL,
    client_organization_id   VARCHAR(36)   NOT NULL,
    account_id               VARCHAR(36)   NOT NULL,
    requested_by             VARCHAR(254)  NOT NULL,
    open_key                 VARCHAR(73),
    status                   VARCHAR(20)   NOT NULL,
    requested_full           BOOLEAN       NOT NULL,
    hours                    INTEGER       NOT NULL,
    reason                   VARCHAR(1000) NOT NULL,
    requested_at             TIMESTAMP     NOT NULL,
    answer_by                TIMESTAMP     NOT NULL,
    answered_by              VARCHAR(254),
    answered_at              TIMESTAMP,
    answer_note              VARCHAR(1000),
    ends_at                  TIMESTAMP,
    ended_at                 TIMESTAMP,
    ended_by                 VARCHAR(254),
    end_audited              BOOLEAN       NOT NULL,
    CONSTRAINT partner_elevation_fk FOREIGN KEY (relationship_id) REFERENCES partner_relationship (id),
    CONSTRAINT partner_elevation_open UNIQUE (open_key)
);
CREATE INDEX partner_elevation_member ON partner_elevation (relationship_id, account_id, status);
CREATE INDEX partner_elevation_client ON partner_elevation (client_organization_id, requested_at);
CREATE INDEX partner_elevation_due ON partner_elevation (end_audited, status);

CREATE TABLE partner_elevation_item (
    elevation_id  VARCHAR(36) NOT NULL,
    category      VARCHAR(20) NOT NULL,
    product_id    VARCHAR(36),
    technical     BOOLEAN     NOT NULL,
    statistics    BOOLEAN     NOT NULL,
    CONSTRAINT partner_elevation_item_fk FOREIGN KEY (elevation_id) REFERENCES partner_elevation (id)
);
CREATE INDEX partner_elevation_item_elevation ON partner_elevation_item (elevation_id);
