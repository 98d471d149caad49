-- Software assets (Art. 10.1 fields), their C/I/A risk rating (Art. 10.2), licence (Art. 10.3, 21.1e)
-- and the equipment they are installed on.
CREATE TABLE software_asset (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id             VARCHAR(64)   NOT NULL,
  name                VARCHAR(200)  NOT NULL,
  asset_value         DECIMAL(18, 2),
  criticality         VARCHAR(20)   NOT NULL,
  purpose             VARCHAR(500)  NOT NULL,
  scope_of_use        VARCHAR(500)  NOT NULL,
  managing_body       VARCHAR(200)  NOT NULL,
  licence_information VARCHAR(1000),
  version             VARCHAR(100)  NOT NULL,
  storage_location    VARCHAR(300)  NOT NULL,
  confidentiality     VARCHAR(10)   NOT NULL,
  integrity           VARCHAR(10)   NOT NULL,
  availability        VARCHAR(10)   NOT NULL,
  licence_kind        VARCHAR(20)   NOT NULL,
  seats               INT,
  licence_expiry      DATE,
  created_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_software_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT,
  INDEX ix_software_expiry (licence_expiry)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE software_installation (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  software_id  BIGINT NOT NULL,
  asset_id     BIGINT NOT NULL,
  CONSTRAINT fk_install_software FOREIGN KEY (software_id) REFERENCES software_asset (id) ON DELETE CASCADE,
  CONSTRAINT fk_install_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT,
  CONSTRAINT uq_install UNIQUE (software_id, asset_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
