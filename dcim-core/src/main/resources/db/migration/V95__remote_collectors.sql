-- Issue 23 §3: a remote collector polls the SNMP devices of the sites assigned to it, at a site without
-- database access, and publishes their readings over MQTT. A site is polled either by the center's
-- pollers (leases, V87) or by one collector, never both: the pollers skip the sites listed here.
CREATE TABLE site_collector (
  site_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  collector_id  VARCHAR(64)  NOT NULL,
  assigned_at   DATETIME(3)  NOT NULL,
  KEY ix_site_collector_collector (collector_id),
  CONSTRAINT fk_site_collector_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The highest batch sequence number the bridge has committed of each collector's stream (a stream is
-- one disk buffer: collector id + the buffer's epoch, new if the buffer was lost): a batch sent again
-- after a reconnect (its acknowledgement was lost) is recognised and skipped.
CREATE TABLE collector_stream (
  stream        VARCHAR(120) NOT NULL PRIMARY KEY,
  collector_id  VARCHAR(64)  NOT NULL,
  last_seq      BIGINT       NOT NULL,
  received_at   DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
