-- The sites an account is limited to, as the single sign-on provider's groups say (or an administrator):
-- no row = not limited. A site that goes takes its rows with it; an account is retired, never deleted.
CREATE TABLE account_site (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT       NOT NULL,
  site_id     VARCHAR(64)  NOT NULL,
  assigned_at TIMESTAMP(3) NOT NULL,
  assigned_by VARCHAR(100) NOT NULL,
  CONSTRAINT uq_account_site UNIQUE (account_id, site_id),
  CONSTRAINT fk_account_site_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE RESTRICT,
  CONSTRAINT fk_account_site_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
