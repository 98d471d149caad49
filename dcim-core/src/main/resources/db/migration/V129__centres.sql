-- Several centres in one province: since the 2025 merger a province runs the former provinces' centres, each
-- with its own staff, sites, duty roster and escalation, and each keeps the regulation of its former province
-- until the new province issues its own.
CREATE TABLE centre (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  province    VARCHAR(100) NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uq_centre_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A site is run by one centre at most; a site of no centre is the province's own.
CREATE TABLE centre_site (
  site_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  centre_id   BIGINT       NOT NULL,
  KEY ix_centre_site_centre (centre_id),
  CONSTRAINT fk_centre_site_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
  CONSTRAINT fk_centre_site_site FOREIGN KEY (site_id) REFERENCES site (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which compliance profile (regulation) a centre was judged by from when; a centre with no row follows the
-- installation's (DCIM_COMPLIANCE_PROFILE). The auditor reads each requirement's history against it.
CREATE TABLE compliance_profile_switch (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  centre_id           BIGINT       NOT NULL,
  profile_id          VARCHAR(64)  NOT NULL,
  previous_profile_id VARCHAR(64),
  at                  DATETIME(3)  NOT NULL,
  changed_by          VARCHAR(100) NOT NULL,
  reason              VARCHAR(1000),
  KEY ix_compliance_profile_switch (centre_id, at),
  CONSTRAINT fk_compliance_profile_switch_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Compliance is judged per centre: centre 0 is the whole installation (the profile DCIM_COMPLIANCE_PROFILE
-- names), as every state recorded before centres existed. Each change keeps the profile that judged it.
ALTER TABLE compliance_state
  ADD COLUMN centre_id BIGINT NOT NULL DEFAULT 0 FIRST,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (centre_id, requirement_id);

ALTER TABLE compliance_state_change
  ADD COLUMN centre_id BIGINT NOT NULL DEFAULT 0 AFTER id,
  ADD COLUMN profile_id VARCHAR(64) NULL AFTER previous_state,
  ADD KEY ix_compliance_change_centre_req_at (centre_id, requirement_id, at);

-- Each centre keeps its own roster: a shift of a centre covers that centre's sites; a shift of no centre is
-- the province's (every site, and the centres' fallback when nobody of theirs is on duty).
ALTER TABLE duty_shift
  ADD COLUMN centre_id BIGINT NULL,
  ADD KEY ix_duty_shift_centre (centre_id, starts_at),
  ADD CONSTRAINT fk_duty_shift_centre FOREIGN KEY (centre_id) REFERENCES centre (id);

-- A shift leader or head of a centre is told of that centre's alarms only; a person of no centre (the
-- province's leadership) of every centre's.
ALTER TABLE notified_person
  ADD COLUMN centre_id BIGINT NULL,
  ADD CONSTRAINT fk_notified_person_centre FOREIGN KEY (centre_id) REFERENCES centre (id);
