-- The audit behind each analysis, normalised, so that clients and waves can be listed and compared.
-- Written in the same transaction as the analysis; plain SQL that runs on H2 and PostgreSQL.

CREATE TABLE engagements (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    client     VARCHAR(300) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    CONSTRAINT uq_engagements_client UNIQUE (client)
);

CREATE TABLE waves (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    engagement_id VARCHAR(36)  NOT NULL REFERENCES engagements (id),
    name          VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT uq_waves_engagement_name UNIQUE (engagement_id, name)
);

ALTER TABLE analyses ADD COLUMN wave_id VARCHAR(36);
ALTER TABLE analyses ADD CONSTRAINT fk_analyses_wave FOREIGN KEY (wave_id) REFERENCES waves (id);
CREATE INDEX ix_analyses_wave ON analyses (wave_id);
CREATE INDEX ix_analyses_client_created ON analyses (client, created_at);

CREATE TABLE audit_locations (
    analysis_id VARCHAR(36)  NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    location_id VARCHAR(100) NOT NULL,
    name        VARCHAR(300) NOT NULL,
    PRIMARY KEY (analysis_id, location_id)
);

CREATE TABLE observations (
    analysis_id    VARCHAR(36)  NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    observation_id VARCHAR(100) NOT NULL,
    seq            INTEGER      NOT NULL,
    method         VARCHAR(40)  NOT NULL,
    location_id    VARCHAR(100),
    channel        VARCHAR(20),
    observed_on    DATE,
    PRIMARY KEY (analysis_id, observation_id)
);

CREATE TABLE findings (
    analysis_id    VARCHAR(36)      NOT NULL,
    observation_id VARCHAR(100)     NOT NULL,
    seq            INTEGER          NOT NULL,
    criterion      VARCHAR(60)      NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    min_score      DOUBLE PRECISION NOT NULL,
    max_score      DOUBLE PRECISION NOT NULL,
    comment        TEXT,
    PRIMARY KEY (analysis_id, observation_id, seq),
    CONSTRAINT fk_findings_observation FOREIGN KEY (analysis_id, observation_id)
        REFERENCES observations (analysis_id, observation_id) ON DELETE CASCADE
);

CREATE INDEX ix_findings_criterion ON findings (criterion);

CREATE TABLE survey_responses (
    analysis_id    VARCHAR(36)  NOT NULL,
    observation_id VARCHAR(100) NOT NULL,
    seq            INTEGER      NOT NULL,
    recommend      INTEGER,
    satisfaction   INTEGER,
    effort         INTEGER,
    comment        TEXT,
    PRIMARY KEY (analysis_id, observation_id, seq),
    CONSTRAINT fk_responses_observation FOREIGN KEY (analysis_id, observation_id)
        REFERENCES observations (analysis_id, observation_id) ON DELETE CASCADE
);
