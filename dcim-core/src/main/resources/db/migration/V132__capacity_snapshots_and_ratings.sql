-- What nothing else keeps the history of: per rack and centre day, the U its registered equipment takes
-- and the watts allocated to its connected power ports, in all and per grid feed of the power chain that
-- reaches them. One row per rack and day (the daily capacity snapshot replaces the day's row when it runs
-- again), so that space and allocated power get a trend as measured power gets one from its roll-ups.
CREATE TABLE rack_capacity_day (
  day          DATE        NOT NULL,
  rack_id      BIGINT      NOT NULL,
  height_u     INT         NOT NULL,
  used_u       INT         NOT NULL,
  allocated_w  INT         NOT NULL,
  taken_at     DATETIME(3) NOT NULL,
  PRIMARY KEY (day, rack_id),
  KEY ix_rack_capacity_day_rack (rack_id, day),
  CONSTRAINT fk_rack_capacity_day_rack FOREIGN KEY (rack_id) REFERENCES rack (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rack_feed_allocation_day (
  day          DATE   NOT NULL,
  rack_id      BIGINT NOT NULL,
  feed_node_id BIGINT NOT NULL,
  allocated_w  INT    NOT NULL,
  PRIMARY KEY (day, rack_id, feed_node_id),
  KEY ix_rack_feed_allocation_feed (feed_node_id, day),
  CONSTRAINT fk_rack_feed_allocation_rack FOREIGN KEY (rack_id) REFERENCES rack (id) ON DELETE CASCADE,
  CONSTRAINT fk_rack_feed_allocation_feed FOREIGN KEY (feed_node_id) REFERENCES power_node (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The rated capacity of a grid feed, UPS or PDU of the power chain (its breaker's or nameplate's kW):
-- what measured and allocated power fill. A feed of a dual-corded centre must carry both sides alone.
CREATE TABLE power_rating (
  node_id    BIGINT        NOT NULL PRIMARY KEY,
  rated_kw   DECIMAL(10,3) NOT NULL,
  updated_by VARCHAR(100)  NULL,
  updated_at DATETIME(3)   NOT NULL,
  CONSTRAINT fk_power_rating_node FOREIGN KEY (node_id) REFERENCES power_node (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
