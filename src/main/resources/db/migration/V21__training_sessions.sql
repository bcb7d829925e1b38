-- training sessions a trainer assembles from knowledge-base exercises; version is the optimistic lock
CREATE TABLE training_sessions (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    title             VARCHAR(200) NOT NULL,
    language          VARCHAR(2)   NOT NULL,
    available_minutes INT          NOT NULL,
    analysis_id       VARCHAR(36),
    version           INT          NOT NULL,
    created_by        VARCHAR(50),
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL
);

CREATE TABLE training_session_items (
    session_id       VARCHAR(36)  NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    position         INT          NOT NULL,
    article_id       VARCHAR(100) NOT NULL,
    duration_minutes INT          NOT NULL,
    CONSTRAINT pk_training_session_items PRIMARY KEY (session_id, position)
);
