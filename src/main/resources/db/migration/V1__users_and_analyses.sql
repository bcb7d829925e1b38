-- users and authorities in the shape Spring Security's JdbcUserDetailsManager expects
CREATE TABLE users (
    username VARCHAR(50)  NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);

CREATE TABLE authorities (
    username  VARCHAR(50) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    authority VARCHAR(50) NOT NULL,
    CONSTRAINT uq_authorities UNIQUE (username, authority)
);

-- an analysis is stored whole (the answer as served) with the audit it was computed from
CREATE TABLE analyses (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    client        VARCHAR(300) NOT NULL,
    wave          VARCHAR(100) NOT NULL,
    language      VARCHAR(2)   NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    rules_version VARCHAR(64)  NOT NULL,
    audit_json    TEXT         NOT NULL,
    result_json   TEXT         NOT NULL
);

CREATE INDEX ix_analyses_client_wave ON analyses (client, wave);
