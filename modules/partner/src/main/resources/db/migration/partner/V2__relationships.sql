-- PAR-3 to PAR-5, PAR-10: a partner and a client, from the request one side sent to its end. open_pair
-- holds "<partner>:<client>" while the request is pending or the relationship active, else it is
-- empty: one open relationship per pair, also when both sides send a request at the same moment.
CREATE TABLE partner_relationship (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    partner_organization_id  VARCHAR(36)   NOT NULL,
    client_organization_id   VARCHAR(36)   NOT NULL,
    open_pair                VARCHAR(73),
    status                   VARCHAR(20)   NOT NULL,
    initiator                VARCHAR(10)   NOT NULL,
    requested_by             VARCHAR(254)  NOT NULL,
    requested_at             TIMESTAMP     NOT NULL,
    sent_at                  TIMESTAMP     NOT NULL,
    expires_at               TIMESTAMP     NOT NULL,
    requested_full           BOOLEAN       NOT NULL,
    requested_billing        BOOLEAN       NOT NULL,
    request_note             VARCHAR(1000),
    granted                  BOOLEAN       NOT NULL,
    granted_full             BOOLEAN       NOT NULL,
    granted_billing          BOOLEAN       NOT NULL,
    answer_note              VARCHAR(1000),
    answered_by              VARCHAR(254),
    answered_at              TIMESTAMP,
    grant_ends_on            DATE,
    access_changed_at        TIMESTAMP,
    reminded_days            INTEGER,
    ended_at                 TIMESTAMP,
    ended_by                 VARCHAR(254),
    ended_by_side            VARCHAR(10),
    CONSTRAINT partner_relationship_open UNIQUE (open_pair)
);

CREATE INDEX partner_relationship_partner ON partner_relationship (partner_organization_id, status);
CREATE INDEX partner_relationship_client ON partner_relationship (client_organization_id, status);
CREATE INDEX partner_relationship_pending ON partner_relationship (status, expires_at);
CREATE INDEX partner_relationship_grant_end ON partner_relationship (status, grant_ends_on);

-- What the sender asked for, and what the client granted: kept side by side.
CREATE TABLE partner_requested_item (
    relationship_id  VARCHAR(36) NOT NULL,
    category         VARCHAR(20) NOT NULL,
    product_id       VARCHAR(36),
    technical        BOOLEAN     NOT NULL,
    statistics       BOOLEAN     NOT NULL,
    CONSTRAINT partner_requested_item_fk FOREIGN KEY (relationship_id) REFERENCES partner_relationship (id)
);
CREATE INDEX partner_requested_item_relationship ON partner_requested_item (relationship_id);

CREATE TABLE partner_granted_item (
    relationship_id  VARCHAR(36) NOT NULL,
    category         VARCHAR(20) NOT NULL,
    product_id       VARCHAR(36),
    technical        BOOLEAN     NOT NULL,
    statistics       BOOLEAN     NOT NULL,
    CONSTRAINT partner_granted_item_fk FOREIGN KEY (relationship_id) REFERENCES partner_relationship (id)
);
CREATE INDEX partner_granted_item_relationship ON partner_granted_item (relationship_id);
