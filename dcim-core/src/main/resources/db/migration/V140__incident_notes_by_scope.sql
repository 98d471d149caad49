-- A note on an incident is written by someone who may see only part of it: an agency's person (its own equipment's
-- part, QĐ 11/2023 Điều 17 khoản 3) or an operator limited to some sites (their sites' part). The note keeps the
-- scope it was written in, so that it is shown to those who see at least that part (the centre's staff, the same
-- agency, an operator of the same sites) and marked as the agency's, and never to the other part's people.
ALTER TABLE incident_journal
  ADD COLUMN agency_id BIGINT NULL,
  ADD COLUMN within_sites VARCHAR(1000) NULL,
  ADD CONSTRAINT fk_incident_journal_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE SET NULL;
