-- ORG-8: work teams and their members.
CREATE TABLE team (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    name             VARCHAR(60)  NOT NULL,
    permissions      VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT team_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX team_organization_idx ON team (organization_id, name);

CREATE TABLE team_member (
    team_id     VARCHAR(36) NOT NULL,
    account_id  VARCHAR(36) NOT NULL,
    CONSTRAINT team_member_pk PRIMARY KEY (team_id, account_id),
    CONSTRAINT team_member_team_fk FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX team_member_account_idx ON team_member (account_id);
