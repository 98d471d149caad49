-- A webhook's credential (sent as "Authorization: Bearer ..."), stored encrypted by the application
-- (Art. 30.7c, 15.1d) and never returned by the API; the outbox row names its recipient so that the
-- sender finds the credential at send time instead of copying it into every notification.
ALTER TABLE notification_recipient ADD COLUMN secret VARCHAR(1024) NULL;
ALTER TABLE notification ADD COLUMN recipient_id BIGINT NULL;
