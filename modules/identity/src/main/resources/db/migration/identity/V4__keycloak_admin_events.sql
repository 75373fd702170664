-- How far the portal has read Keycloak's admin events: the time of the last event taken in, and the
-- ids of the events at that same millisecond, so that no event is missed or taken in twice.
CREATE TABLE keycloak_event_mark (
    id         VARCHAR(30)   NOT NULL PRIMARY KEY,
    last_time  BIGINT        NOT NULL,
    last_ids   VARCHAR(4000) NOT NULL,
    read_at    TIMESTAMP     NOT NULL
);
