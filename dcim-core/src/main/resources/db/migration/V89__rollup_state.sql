-- Issue 18: state series keep their time in each state beyond the raw points. A UPS's hours on battery
-- or a generator's hours running over five years (hourly roll-ups are kept 1,830 days) cannot be read
-- from raw points, which are kept 183 days or more (Art. 30.7a). RollupDuty writes one row per state
-- and hour of a state series when a 5-minute bucket of that hour closes; the time with no data is not
-- stored (the hour's length minus the rows). state_key is 't:' + the text, or 'v:' + the number for a
-- state without text.
CREATE TABLE rollup_state_1h (
  series_id   INT UNSIGNED  NOT NULL,
  bucket      DATETIME      NOT NULL,
  state_key   VARCHAR(210)  NOT NULL,
  state_text  VARCHAR(200),
  state_value DOUBLE,
  seconds     INT UNSIGNED  NOT NULL,
  PRIMARY KEY (series_id, bucket, state_key),
  KEY ix_rollup_state_1h_bucket (bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
