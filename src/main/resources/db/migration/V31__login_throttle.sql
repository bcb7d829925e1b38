-- Login throttling for the form and HTTP Basic alike (docs/operations.md): failures stay in login_failures; an
-- address from which a user logged in successfully is remembered here, so that someone else's guessing at that
-- user's name (from elsewhere) never delays the real user at their usual address.
CREATE TABLE login_trusted_addresses (
    username     VARCHAR(200) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    last_success TIMESTAMP    NOT NULL,
    CONSTRAINT pk_login_trusted_addresses PRIMARY KEY (username, address)
);
