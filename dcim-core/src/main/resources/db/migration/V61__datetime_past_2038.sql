-- Issue 17: MariaDB's TIMESTAMP ends at 2038-01-19 03:14:07 UTC; a device clock, a person's date or
-- the server's own clock after that answered 500 ("Incorrect datetime value") or was stored as
-- 0000-00-00. DATETIME(3) keeps the same millisecond precision to year 9999. A DATETIME has no zone:
-- every one holds UTC. MODIFY turns a TIMESTAMP into the wall clock of the session's zone, so the
-- session is UTC here, as the product's connections are (connectionTimeZone=UTC; SqlTime binds UTC).
-- Implausible times (before 2000, far in the future) are refused before they get here (TimeWindow).
SET time_zone = '+00:00';

ALTER TABLE access_event
  MODIFY device_ts DATETIME(3) NOT NULL,
  MODIFY received_ts DATETIME(3) NOT NULL;

ALTER TABLE account
  MODIFY last_login DATETIME(3) NULL,
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  MODIFY suspended_at DATETIME(3) NULL;

ALTER TABLE account_credential
  MODIFY password_changed_at DATETIME(3) NOT NULL,
  MODIFY locked_at DATETIME(3) NULL;

ALTER TABLE alarm
  MODIFY raised_at DATETIME(3) NOT NULL,
  MODIFY last_seen_at DATETIME(3) NOT NULL,
  MODIFY acknowledged_at DATETIME(3) NULL,
  MODIFY cleared_at DATETIME(3) NULL;

ALTER TABLE api_key
  MODIFY created_at DATETIME(3) NOT NULL,
  MODIFY last_used_at DATETIME(3) NULL,
  MODIFY revoked_at DATETIME(3) NULL;

ALTER TABLE asset
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE asset_status_change
  MODIFY changed_at DATETIME(3) NOT NULL;

ALTER TABLE audit_event
  MODIFY occurred_at DATETIME(3) NOT NULL;

ALTER TABLE backup_copy
  MODIFY taken_at DATETIME(3) NOT NULL;

ALTER TABLE backup_run
  MODIFY taken_at DATETIME(3) NOT NULL;

ALTER TABLE compliance_task
  MODIFY done_at DATETIME(3) NULL;

ALTER TABLE dead_letter
  MODIFY received_ts DATETIME(3) NOT NULL;

ALTER TABLE device_error
  MODIFY ts DATETIME(3) NOT NULL;

ALTER TABLE duty_run
  MODIFY scheduled_at DATETIME(3) NULL,
  MODIFY started_at DATETIME(3) NULL,
  MODIFY finished_at DATETIME(3) NULL;

ALTER TABLE incident
  MODIFY backup_done_at DATETIME(3) NULL,
  MODIFY opened_at DATETIME(3) NOT NULL,
  MODIFY last_alarm_at DATETIME(3) NOT NULL,
  MODIFY closed_at DATETIME(3) NULL;

ALTER TABLE incident_journal
  MODIFY `at` DATETIME(3) NOT NULL;

ALTER TABLE installation_secret
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE isp_link_check
  MODIFY ts DATETIME(3) NOT NULL;

ALTER TABLE latest_reading
  MODIFY ts DATETIME(3) NOT NULL;

ALTER TABLE login_attempt
  MODIFY `at` DATETIME(3) NOT NULL;

ALTER TABLE login_session
  MODIFY created_at DATETIME(3) NOT NULL,
  MODIFY last_seen_at DATETIME(3) NOT NULL,
  MODIFY ended_at DATETIME(3) NULL,
  MODIFY second_factor_at DATETIME(3) NULL;

ALTER TABLE maintenance_window
  MODIFY starts_at DATETIME(3) NOT NULL,
  MODIFY ends_at DATETIME(3) NOT NULL;

ALTER TABLE notification
  MODIFY created_at DATETIME(3) NOT NULL,
  MODIFY next_attempt_at DATETIME(3) NOT NULL,
  MODIFY delivered_at DATETIME(3) NULL;

ALTER TABLE password_history
  MODIFY changed_at DATETIME(3) NOT NULL;

ALTER TABLE reading
  MODIFY ts DATETIME(3) NOT NULL;

ALTER TABLE setup_token
  MODIFY expires_at DATETIME(3) NOT NULL,
  MODIFY used_at DATETIME(3) NULL;

ALTER TABLE site
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE software_asset
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE work_order
  MODIFY started_at DATETIME(3) NULL,
  MODIFY finished_at DATETIME(3) NULL,
  MODIFY verified_at DATETIME(3) NULL;
