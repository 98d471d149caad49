-- Change under control (QĐ 11/2023 Điều 17 khoản 2, Điều 18, Điều 23 khoản 3): the request for installing, moving,
-- connecting, disconnecting, removing or disposing of equipment, the decision on it, the crew's checklist and what the
-- floor turned out to be. Rows are never deleted: the thread is the evidence an auditor reads.
CREATE TABLE change_request (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  title VARCHAR(255) NOT NULL,
  agency_id BIGINT NULL,
  asset_id BIGINT NULL,
  equipment VARCHAR(1000) NULL,
  from_rack_id BIGINT NULL,
  from_u INT NULL,
  to_rack_id BIGINT NULL,
  to_u INT NULL,
  height_u INT NULL,
  power_w INT NULL,
  weight_kg DECIMAL(7,1) NULL,
  network_ports INT NULL,
  letter_document_id BIGINT NULL,
  window_start DATETIME(3) NULL,
  window_end DATETIME(3) NULL,
  reason VARCHAR(2000) NULL,
  requested_by VARCHAR(128) NOT NULL,
  prepared_by VARCHAR(128) NULL,
  created_at DATETIME(3) NOT NULL,
  submitted_at DATETIME(3) NULL,
  decided_by VARCHAR(128) NULL,
  decided_at DATETIME(3) NULL,
  decision_note VARCHAR(2000) NULL,
  department_ref VARCHAR(128) NULL,
  work_order_id BIGINT NULL,
  closed_by VARCHAR(128) NULL,
  closed_at DATETIME(3) NULL,
  KEY ix_change_request_status (status, created_at),
  KEY ix_change_request_asset (asset_id),
  KEY ix_change_request_work_order (work_order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The connections a change makes or takes away: the equipment's port by name (PSU1, NIC1) and the port at the far end
-- (a PDU outlet, a panel or switch port) by id.
CREATE TABLE change_link (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  change_id BIGINT NOT NULL,
  port_name VARCHAR(64) NOT NULL,
  port_kind VARCHAR(16) NOT NULL,
  far_port_id BIGINT NOT NULL,
  KEY ix_change_link_change (change_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The crew's checklist generated from an approved change, each step confirmed by scanning labels; a step whose floor
-- differs from the plan keeps the difference (what was found) instead of silently becoming the plan.
CREATE TABLE change_step (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  change_id BIGINT NOT NULL,
  seq INT NOT NULL,
  action VARCHAR(24) NOT NULL,
  rack_id BIGINT NULL,
  link_id BIGINT NULL,
  u_low INT NULL,
  u_high INT NULL,
  outcome VARCHAR(16) NULL,
  difference VARCHAR(1000) NULL,
  scanned_rack VARCHAR(255) NULL,
  scanned_asset VARCHAR(255) NULL,
  scanned_port VARCHAR(255) NULL,
  scan_id VARCHAR(64) NULL,
  confirmed_by VARCHAR(128) NULL,
  confirmed_at DATETIME(3) NULL,
  CONSTRAINT uq_change_step UNIQUE (change_id, seq),
  KEY ix_change_step_scan (change_id, scan_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A registry change of racked equipment made without a change request: flagged to the supervisor.
CREATE TABLE change_bypass (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  asset_id BIGINT NOT NULL,
  actor VARCHAR(128) NOT NULL,
  happened_at DATETIME(3) NOT NULL,
  what VARCHAR(1000) NOT NULL,
  seen_by VARCHAR(128) NULL,
  seen_at DATETIME(3) NULL,
  KEY ix_change_bypass_open (seen_at, happened_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
