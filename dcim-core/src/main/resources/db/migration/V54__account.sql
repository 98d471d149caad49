-- Accounts of the center's systems whose activity is tracked (Art. 16.3: suspend accounts idle
-- ≥ 30 days or whose registration has expired).
CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  system_name   VARCHAR(100) NOT NULL DEFAULT 'dcim',
  full_name     VARCHAR(200),
  status        VARCHAR(20)  NOT NULL DEFAULT 'active',
  last_login    TIMESTAMP(3) NULL,
  valid_until   DATE         NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  suspended_at  TIMESTAMP(3) NULL,
  suspended_why VARCHAR(300),
  CONSTRAINT uq_account UNIQUE (system_name, username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
