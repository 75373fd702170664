-- One idempotency key, one request (issue 7): what each key was first used for, so that the same key
-- with another target, operation or body is refused, on every server sharing the database. A key is
-- kept for 30 days (RequestKeys.LIFETIME).
CREATE TABLE request_key (
    id            VARCHAR(140) NOT NULL PRIMARY KEY,
    scope         VARCHAR(36)  NOT NULL,
    request_key   VARCHAR(100) NOT NULL,
    operation     VARCHAR(30)  NOT NULL,
    target        VARCHAR(80)  NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);
CREATE INDEX request_key_created_idx ON request_key (created_at);
