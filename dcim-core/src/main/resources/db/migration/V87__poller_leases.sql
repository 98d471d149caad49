-- Issue 23 §2: each SNMP device is polled by exactly one live poller. A poller announces itself in
-- poller_instance (heartbeat) and holds its devices by leases; a lease that is not renewed expires and
-- another live poller takes the device over. All times are written from the pollers' clocks, in UTC.
CREATE TABLE poller_instance (
  id            VARCHAR(100) NOT NULL PRIMARY KEY,
  -- the sites it serves, comma-separated (DCIM_POLLER_SITES); NULL: any site no live poller is bound to
  sites         VARCHAR(1000),
  started_at    DATETIME(3)  NOT NULL,
  heartbeat_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE device_lease (
  device_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  owner         VARCHAR(100) NOT NULL,
  expires_at    DATETIME(3)  NOT NULL,
  -- set when a poller gives a device back (rebalancing, shutdown): the next holder polls it one interval
  -- after that, not at once, so a hand-over never polls a device twice in an interval
  last_polled_at DATETIME(3) NULL,
  KEY ix_device_lease_owner (owner),
  CONSTRAINT fk_device_lease_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
