-- The agencies whose equipment the centre hosts (QĐ 11/2023 Điều 17: an agency places equipment on request and
-- administers its own content). An agency is retired, never deleted: its equipment, requests and reports keep
-- naming it after it leaves.
CREATE TABLE agency (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  name VARCHAR(255) NOT NULL,
  contact_name VARCHAR(255) NULL,
  contact_phone VARCHAR(64) NULL,
  contact_email VARCHAR(255) NULL,
  notes VARCHAR(2000) NULL,
  created_at DATETIME(3) NOT NULL,
  retired_at DATETIME(3) NULL,
  CONSTRAINT uq_agency_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
