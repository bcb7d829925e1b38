-- An analysis a consultant has shared with the trainers: only these show their weaknesses in the session builder.
CREATE TABLE training_shares (
    analysis_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
    shared_by   VARCHAR(50) NOT NULL,
    shared_at   TIMESTAMP   NOT NULL
);

-- One-time start-up work (the demo data) claimed by the first of several instances starting at once on one database.
CREATE TABLE startup_claims (
    name       VARCHAR(50) NOT NULL PRIMARY KEY,
    claimed_at TIMESTAMP   NOT NULL
);
