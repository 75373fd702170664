-- kChat: a workspace per product, the people in it (in person or through teams, ORG-8) and its channels.
CREATE TABLE chat_space (
    product_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT chat_space_workspace_fk FOREIGN KEY (product_id) REFERENCES workspace (product_id)
);

CREATE TABLE chat_member (
    product_id  VARCHAR(36) NOT NULL,
    account_id  VARCHAR(36) NOT NULL,
    role        VARCHAR(10) NOT NULL,
    CONSTRAINT chat_member_pk PRIMARY KEY (product_id, account_id),
    CONSTRAINT chat_member_space_fk FOREIGN KEY (product_id) REFERENCES chat_space (product_id)
);

CREATE TABLE chat_team (
    product_id  VARCHAR(36) NOT NULL,
    team_id     VARCHAR(36) NOT NULL,
    CONSTRAINT chat_team_pk PRIMARY KEY (product_id, team_id),
    CONSTRAINT chat_team_space_fk FOREIGN KEY (product_id) REFERENCES chat_space (product_id)
);

CREATE TABLE chat_channel (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    product_id       VARCHAR(36)  NOT NULL,
    organization_id  VARCHAR(36)  NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    topic            VARCHAR(250),
    private_channel  BOOLEAN      NOT NULL,
    general_channel  BOOLEAN      NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    CONSTRAINT chat_channel_name_unique UNIQUE (product_id, name),
    CONSTRAINT chat_channel_space_fk FOREIGN KEY (product_id) REFERENCES chat_space (product_id)
);

CREATE TABLE chat_channel_member (
    channel_id  VARCHAR(36) NOT NULL,
    account_id  VARCHAR(36) NOT NULL,
    CONSTRAINT chat_channel_member_pk PRIMARY KEY (channel_id, account_id),
    CONSTRAINT chat_channel_member_channel_fk FOREIGN KEY (channel_id) REFERENCES chat_channel (id)
);
