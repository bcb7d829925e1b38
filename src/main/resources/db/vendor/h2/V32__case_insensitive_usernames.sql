-- One account per user name whatever its case: Admin, ADMIN and admin are the same name (H2: a computed key).
ALTER TABLE users ADD COLUMN username_key VARCHAR(50) GENERATED ALWAYS AS (LOWER(username));
ALTER TABLE users ADD CONSTRAINT uq_users_username_key UNIQUE (username_key);
