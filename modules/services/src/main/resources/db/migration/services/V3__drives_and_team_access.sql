-- kDrive drives with their users and teams (ORG-8), and teams that read mailboxes.
CREATE TABLE drive (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    product_id       VARCHAR(36)  NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    quota_gb         INTEGER      NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT drive_workspace_fk FOREIGN KEY (product_id) REFERENCES workspace (product_id)
);
CREATE INDEX drive_product_idx ON drive (product_id, name);

CREATE TABLE drive_member (
    drive_id    VARCHAR(36) NOT NULL,
    account_id  VARCHAR(36) NOT NULL,
    role        VARCHAR(10) NOT NULL,
    CONSTRAINT drive_member_pk PRIMARY KEY (drive_id, account_id),
    CONSTRAINT drive_member_drive_fk FOREIGN KEY (drive_id) REFERENCES drive (id)
);

CREATE TABLE drive_team (
    drive_id  VARCHAR(36) NOT NULL,
    team_id   VARCHAR(36) NOT NULL,
    role      VARCHAR(10) NOT NULL,
    CONSTRAINT drive_team_pk PRIMARY KEY (drive_id, team_id),
    CONSTRAINT drive_team_drive_fk FOREIGN KEY (drive_id) REFERENCES drive (id)
);

CREATE TABLE mailbox_team_reader (
    mailbox_id  VARCHAR(36) NOT NULL,
    team_id     VARCHAR(36) NOT NULL,
    CONSTRAINT mailbox_team_reader_pk PRIMARY KEY (mailbox_id, team_id),
    CONSTRAINT mailbox_team_reader_mailbox_fk FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
);
