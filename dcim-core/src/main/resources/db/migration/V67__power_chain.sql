-- The power chain as data (issue 19, Art. 30.8a): which grid feed, generator, ATS, UPS, PDU and rack
-- feeds which, with the A/B side of a dual-corded load, so that the dashboard draws it and
-- "what loses power if this fails?" is answered from the registry, not from a drawing.
CREATE TABLE power_node (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id    VARCHAR(64)  NOT NULL,
  kind       VARCHAR(16)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  device_id  VARCHAR(64)  NULL,
  rack_id    BIGINT       NULL,
  feed_id    BIGINT       NULL,
  UNIQUE KEY uq_power_node_name (site_id, name),
  CONSTRAINT fk_power_node_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE RESTRICT,
  CONSTRAINT fk_power_node_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE SET NULL,
  CONSTRAINT fk_power_node_rack FOREIGN KEY (rack_id) REFERENCES rack (id) ON DELETE RESTRICT,
  CONSTRAINT fk_power_node_feed FOREIGN KEY (feed_id) REFERENCES power_feed (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE power_link (
  id             BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
  upstream_id    BIGINT  NOT NULL,
  downstream_id  BIGINT  NOT NULL,
  side           CHAR(1) NULL,
  UNIQUE KEY uq_power_link (upstream_id, downstream_id),
  KEY ix_power_link_downstream (downstream_id),
  CONSTRAINT fk_power_link_up FOREIGN KEY (upstream_id) REFERENCES power_node (id) ON DELETE RESTRICT,
  CONSTRAINT fk_power_link_down FOREIGN KEY (downstream_id) REFERENCES power_node (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
