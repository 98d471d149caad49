-- Issue 34 §1: devices that push events over HTTP (Hikvision ISAPI "HTTP listening", ZKTeco PUSH) each
-- get a credential of their own, issued by the administrator like an MQTT credential (Art. 25.3): a
-- token shown once and kept only as its SHA-256 (it is 32 random bytes, so a hash is enough and a push
-- costs one indexed lookup), or, for ZKTeco, which sends only its serial number (SN=), the serial and
-- the addresses it may push from. The credential names the monitored device its events belong to.
CREATE TABLE push_credential (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  device_id      VARCHAR(64)   NOT NULL,
  dialect        VARCHAR(40)   NOT NULL,
  token_hash     CHAR(64),
  serial         VARCHAR(100),
  allowed_from   VARCHAR(500),
  note           VARCHAR(200),
  created_at     DATETIME(3)   NOT NULL,
  created_by     VARCHAR(100)  NOT NULL,
  UNIQUE KEY uq_push_credential_token (token_hash),
  UNIQUE KEY uq_push_credential_serial (dialect, serial),
  CONSTRAINT fk_push_credential_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
