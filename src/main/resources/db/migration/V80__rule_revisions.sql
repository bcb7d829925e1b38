-- Published rule revisions (docs/operations.md): the newest one not withdrawn is the rule base every instance
-- serves. A revision keeps the whole rules folder it was published from, so that any instance compiles the same
-- rules whatever its own disk holds. A rollback withdraws the newest revision; the one before it is served again.
-- A revision is stored pending while its instance checks it, so that the other instances compile it meanwhile and
-- switch the moment it is confirmed; a refused one is deleted.
CREATE TABLE rule_revisions (
    revision         INTEGER      NOT NULL PRIMARY KEY,
    version          VARCHAR(64)  NOT NULL,
    rules            INTEGER      NOT NULL,
    published_by     VARCHAR(50)  NOT NULL,
    published_at     TIMESTAMP    NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    origin           VARCHAR(500) NOT NULL,
    files_json       TEXT         NOT NULL,
    withdrawn_by     VARCHAR(50),
    withdrawn_at     TIMESTAMP,
    withdrawn_reason VARCHAR(500),
    pending          BOOLEAN      DEFAULT FALSE NOT NULL
);

-- Every running instance writes here which revision it serves, every poll (about 2 s): the admin page lists them.
-- A row not refreshed for a while belongs to an instance that stopped without saying so.
CREATE TABLE rule_instances (
    instance_id VARCHAR(200) NOT NULL PRIMARY KEY,
    revision    INTEGER,
    version     VARCHAR(64)  NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    seen_at     TIMESTAMP    NOT NULL
);

-- Demo data loaded once per database, whichever instance gets there first (the primary key decides).
CREATE TABLE demo_loads (
    name      VARCHAR(100) NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP    NOT NULL
);
