-- One row the health check writes (and rolls back) to prove the database can still be written.
CREATE TABLE database_health (
    id         INT       NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP NOT NULL
);

INSERT INTO database_health (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
