-- One account per user name whatever its case: Admin, ADMIN and admin are the same name.
CREATE UNIQUE INDEX uq_users_username_key ON users (LOWER(username));
