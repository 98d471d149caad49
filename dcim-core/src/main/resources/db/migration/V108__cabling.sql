-- Issue 37 (Art. 8.1c: standards for cabling, labelling, connections and port allocation): the ports
-- of an asset (interfaces, patch-panel front and rear ports with the front-to-rear mapping, console
-- ports, power ports and PDU outlets) and the cables that join two of them.
CREATE TABLE cabling_port (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  asset_id         BIGINT       NOT NULL,
  name             VARCHAR(64)  NOT NULL,
  kind             VARCHAR(16)  NOT NULL,
  type             VARCHAR(32)  NULL,
  positions        INT          NOT NULL DEFAULT 1,
  rear_port_id     BIGINT       NULL,
  rear_position    INT          NULL,
  maximum_draw_w   INT          NULL,
  allocated_draw_w INT          NULL,
  UNIQUE KEY uq_cabling_port_name (asset_id, name),
  UNIQUE KEY uq_cabling_port_rear (rear_port_id, rear_position),
  CONSTRAINT fk_cabling_port_asset FOREIGN KEY (asset_id) REFERENCES asset (id) ON DELETE RESTRICT,
  CONSTRAINT fk_cabling_port_rear FOREIGN KEY (rear_port_id) REFERENCES cabling_port (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cable (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label       VARCHAR(64)   NULL,
  type        VARCHAR(32)   NOT NULL,
  colour      VARCHAR(32)   NULL,
  length_m    DECIMAL(8,2)  NULL,
  created_by  VARCHAR(100)  NOT NULL,
  created_at  DATETIME(3)   NOT NULL,
  UNIQUE KEY uq_cable_label (label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One termination, one cable: a port appears at most once over all cable ends.
CREATE TABLE cable_termination (
  id         BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cable_id   BIGINT   NOT NULL,
  cable_end  CHAR(1)  NOT NULL,
  port_id    BIGINT   NOT NULL,
  UNIQUE KEY uq_cable_termination_end (cable_id, cable_end),
  UNIQUE KEY uq_cable_termination_port (port_id),
  CONSTRAINT fk_cable_termination_cable FOREIGN KEY (cable_id) REFERENCES cable (id) ON DELETE CASCADE,
  CONSTRAINT fk_cable_termination_port FOREIGN KEY (port_id) REFERENCES cabling_port (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
