-- The re-audit cycle (issue 12). Figures of every stored analysis, aggregated once when it is stored, so that
-- comparisons, trends, the league table and the dashboard read a few rows per wave instead of every finding or
-- every stored JSON document. Plain SQL that runs on H2 and PostgreSQL.

-- one row per analysis: its wave date (the latest observation date) and the survey figures of its summary
CREATE TABLE wave_summaries (
    analysis_id   VARCHAR(36)      NOT NULL PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
    client        VARCHAR(300)     NOT NULL,
    wave          VARCHAR(100)     NOT NULL,
    wave_date     DATE             NOT NULL,
    created_at    TIMESTAMP        NOT NULL,
    observations  INTEGER          NOT NULL,
    findings      INTEGER          NOT NULL,
    responses     INTEGER          NOT NULL,
    overall_score DOUBLE PRECISION,
    nps           DOUBLE PRECISION,
    nps_margin    DOUBLE PRECISION,
    nps_responses INTEGER,
    csat          DOUBLE PRECISION,
    ces           DOUBLE PRECISION
);

CREATE INDEX ix_wave_summaries_client_date ON wave_summaries (client, wave_date, created_at);

-- per analysis and criterion: n, sum and sum of squares of the normalised scores, failures (normalised < 0.5)
CREATE TABLE wave_criteria (
    analysis_id VARCHAR(36)      NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    criterion   VARCHAR(60)      NOT NULL,
    n           INTEGER          NOT NULL,
    score_sum   DOUBLE PRECISION NOT NULL,
    score_sq    DOUBLE PRECISION NOT NULL,
    failures    INTEGER          NOT NULL,
    PRIMARY KEY (analysis_id, criterion)
);

-- the same per location
CREATE TABLE wave_location_criteria (
    analysis_id VARCHAR(36)      NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    location_id VARCHAR(100)     NOT NULL,
    criterion   VARCHAR(60)      NOT NULL,
    n           INTEGER          NOT NULL,
    score_sum   DOUBLE PRECISION NOT NULL,
    score_sq    DOUBLE PRECISION NOT NULL,
    failures    INTEGER          NOT NULL,
    PRIMARY KEY (analysis_id, location_id, criterion)
);

-- per analysis and location: visits, findings and their score sum, satisfaction answers and how many were 4-5
CREATE TABLE wave_locations (
    analysis_id    VARCHAR(36)      NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    location_id    VARCHAR(100)     NOT NULL,
    name           VARCHAR(300),
    observations   INTEGER          NOT NULL,
    findings       INTEGER          NOT NULL,
    score_sum      DOUBLE PRECISION NOT NULL,
    failures       INTEGER          NOT NULL,
    satisfaction_n INTEGER          NOT NULL,
    satisfied      INTEGER          NOT NULL,
    PRIMARY KEY (analysis_id, location_id)
);

-- the client's re-audit rhythm and the manager who follows it
ALTER TABLE engagements ADD COLUMN rhythm VARCHAR(20);
ALTER TABLE engagements ADD COLUMN next_due DATE;
ALTER TABLE engagements ADD COLUMN manager VARCHAR(50);

-- alerts as work: one row per alert of a stored analysis; version is the optimistic lock
CREATE TABLE alert_followups (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    analysis_id    VARCHAR(36)  NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    seq            INTEGER      NOT NULL,
    client         VARCHAR(300) NOT NULL,
    observation_id VARCHAR(100) NOT NULL,
    location_id    VARCHAR(100),
    criterion      VARCHAR(60),
    kind           VARCHAR(20)  NOT NULL,
    severity       VARCHAR(20)  NOT NULL,
    reason         TEXT,
    due            DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    owner          VARCHAR(200),
    note           VARCHAR(2000),
    version        INTEGER      NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    CONSTRAINT uq_alert_followups_analysis_seq UNIQUE (analysis_id, seq)
);

CREATE INDEX ix_alert_followups_due ON alert_followups (due, id);
CREATE INDEX ix_alert_followups_client ON alert_followups (client, due);

-- who changed what on an alert, and when
CREATE TABLE alert_history (
    alert_id   VARCHAR(36)   NOT NULL REFERENCES alert_followups (id) ON DELETE CASCADE,
    seq        INTEGER       NOT NULL,
    changed_at TIMESTAMP     NOT NULL,
    changed_by VARCHAR(50)   NOT NULL,
    field      VARCHAR(20)   NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    PRIMARY KEY (alert_id, seq)
);
