-- Issue 33 §4: a vendor device's credential to the embedded broker is issued for that monitored device
-- and may be limited to the topic filters of its dialect (e.g. zigbee2mqtt/#); the scope may now hold
-- several filters (space-separated). Removing the device withdraws its credentials.
ALTER TABLE mqtt_credential
  ADD COLUMN device_id VARCHAR(64) NULL AFTER topic_scope,
  ADD COLUMN dialect VARCHAR(64) NULL AFTER device_id,
  MODIFY topic_scope VARCHAR(1000) NOT NULL,
  ADD CONSTRAINT fk_mqtt_credential_device FOREIGN KEY (device_id) REFERENCES monitored_device (id) ON DELETE CASCADE;
