-- A recipient of compliance findings answers for some centres of a merged province: those of its account's sites
-- when it is a person with an account, else the one centre set on it; neither is the province's (every centre's).
ALTER TABLE notification_recipient
  ADD COLUMN account_id BIGINT NULL,
  ADD COLUMN centre_id BIGINT NULL,
  ADD CONSTRAINT fk_notification_recipient_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
  ADD CONSTRAINT fk_notification_recipient_centre FOREIGN KEY (centre_id) REFERENCES centre (id);
