-- An analysis a consultant has shared with the trainers: only these show their weaknesses in the session builder.
CREATE TABLE training_shares (
    analysis_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
    shared_by   VARCHAR(50) NOT NULL,
    shared_at   TIMESTAMP   NOT NULL
);
