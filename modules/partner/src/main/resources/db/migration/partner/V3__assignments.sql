-- PAR-6: which of the partner's own users act for one client, on all the granted products or on some
-- of them. The account is the partner member's; an assignment never reaches beyond the grant: the
-- decision intersects its products with what the client grants at that moment.
CREATE TABLE partner_assignment (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    version                  BIGINT        NOT NULL,
    relationship_id          VARCHAR(36)   NOT NULL,
    partner_organization_id  VARCHAR(36)   NOT NULL,
    account_id               VARCHAR(36)   NOT NULL,
    all_products             BOOLEAN       NOT NULL,
    assigned_by              VARCHAR(254)  NOT NULL,
    assigned_at              TIMESTAMP     NOT NULL,
    CONSTRAINT partner_assignment_fk FOREIGN KEY (relationship_id) REFERENCES partner_relationship (id),
    CONSTRAINT partner_assignment_once UNIQUE (relationship_id, account_id)
);
CREATE INDEX partner_assignment_partner ON partner_assignment (partner_organization_id, account_id);

CREATE TABLE partner_assignment_product (
    assignment_id  VARCHAR(36) NOT NULL,
    product_id     VARCHAR(36) NOT NULL,
    CONSTRAINT partner_assignment_product_fk FOREIGN KEY (assignment_id) REFERENCES partner_assignment (id)
);
CREATE INDEX partner_assignment_product_assignment ON partner_assignment_product (assignment_id);
