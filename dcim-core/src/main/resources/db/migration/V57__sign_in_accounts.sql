-- The product's own accounts (Art. 15, 16; seed 000 Art. 6): the person's account row stays in
-- `account` (system 'dcim'), so the Art. 16.3 inactivity duty suspends it from real logins; what
-- signing in needs lives beside it.
CREATE TABLE account_credential (
  account_id           BIGINT       NOT NULL PRIMARY KEY,
  password_hash        VARCHAR(200) NOT NULL,
  password_changed_at  TIMESTAMP(3) NOT NULL,
  must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
  roles                VARCHAR(200) NOT NULL,
  locked_at            TIMESTAMP(3) NULL,
  locked_why           VARCHAR(300) NULL,
  birth_date           DATE         NULL,
  phone                VARCHAR(40)  NULL,
  email                VARCHAR(200) NULL,
  CONSTRAINT fk_credential_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- seed 000 Art. 6.1: the last five passwords may not come back
CREATE TABLE password_history (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id    BIGINT       NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  changed_at    TIMESTAMP(3) NOT NULL,
  KEY ix_password_history (account_id, changed_at),
  CONSTRAINT fk_password_history_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Art. 16.2: every sign-in attempt, so five failures within 30 minutes lock the account
CREATE TABLE login_attempt (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username    VARCHAR(100) NOT NULL,
  account_id  BIGINT       NULL,
  source      VARCHAR(64)  NOT NULL,
  at          TIMESTAMP(3) NOT NULL,
  succeeded   BOOLEAN      NOT NULL,
  outcome     VARCHAR(40)  NOT NULL,
  KEY ix_login_attempt_account (account_id, at),
  KEY ix_login_attempt_source (source, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Named keys for scripts: only the SHA-256 of the key is kept, the key is shown once
CREATE TABLE api_key (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id   BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  key_prefix   VARCHAR(16)  NOT NULL,
  key_hash     CHAR(64)     NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  last_used_at TIMESTAMP(3) NULL,
  revoked_at   TIMESTAMP(3) NULL,
  CONSTRAINT uq_api_key_hash UNIQUE (key_hash),
  CONSTRAINT uq_api_key_name UNIQUE (account_id, name),
  CONSTRAINT fk_api_key_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A signed-in session (browser cookie or bearer token): kept on the server so an idle session
-- expires (seed 000 Art. 6.2a), a sign-out ends it at once and both machines of a pair share it
CREATE TABLE login_session (
  id           CHAR(43)     NOT NULL PRIMARY KEY,
  account_id   BIGINT       NOT NULL,
  source       VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  last_seen_at TIMESTAMP(3) NOT NULL,
  ended_at     TIMESTAMP(3) NULL,
  KEY ix_login_session_account (account_id),
  CONSTRAINT fk_login_session_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Secrets the installation makes for itself on first start (token signing), shared by a pair
CREATE TABLE installation_secret (
  name         VARCHAR(60)  NOT NULL PRIMARY KEY,
  secret_value VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Art. 21.3a: the one-time link with which the first administrator chooses a password
CREATE TABLE setup_token (
  token_hash CHAR(64)     NOT NULL PRIMARY KEY,
  expires_at TIMESTAMP(3) NOT NULL,
  used_at    TIMESTAMP(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
