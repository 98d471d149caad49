-- Art. 25.3 / issue 17: each device publishing to the embedded broker signs in with its own user
-- name and password, issued by the administrator; only the password's argon2id hash is kept.
-- DATETIME, not TIMESTAMP: no overflow in 2038.
CREATE TABLE mqtt_credential (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  note          VARCHAR(200) NULL,
  created_at    DATETIME(3)  NOT NULL,
  created_by    VARCHAR(100) NOT NULL,
  CONSTRAINT uq_mqtt_credential_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
