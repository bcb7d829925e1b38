-- Action plans made from an analysis; items copy the chosen recommendations and are then edited.
-- version is the optimistic lock: every write is UPDATE ... WHERE version = ? and bumps it.

CREATE TABLE action_plans (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    analysis_id VARCHAR(36)  NOT NULL REFERENCES analyses (id),
    title       VARCHAR(300) NOT NULL,
    version     INTEGER      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);

CREATE INDEX ix_action_plans_analysis ON action_plans (analysis_id);

CREATE TABLE action_plan_items (
    id                VARCHAR(36)      NOT NULL PRIMARY KEY,
    plan_id           VARCHAR(36)      NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
    item_rank         INTEGER          NOT NULL,
    recommendation_id VARCHAR(100)     NOT NULL,
    title             VARCHAR(300)     NOT NULL,
    kind              VARCHAR(20)      NOT NULL,
    addresses         TEXT             NOT NULL,
    kpi_name          VARCHAR(300),
    kpi_criterion     VARCHAR(60),
    kpi_target        DOUBLE PRECISION,
    owner_role        VARCHAR(100),
    owner             VARCHAR(200),
    horizon           VARCHAR(20),
    due_date          DATE,
    status            VARCHAR(20)      NOT NULL,
    note              TEXT,
    training_actions  TEXT             NOT NULL
);

CREATE INDEX ix_action_plan_items_plan ON action_plan_items (plan_id, item_rank);
