-- Art. 25.3 / issue 17: a device's MQTT credential publishes and subscribes only inside its own topic
-- scope (an MQTT filter under dcim/). Credentials issued before are limited to the device named like
-- the credential, at any site and kind; a site gateway is given e.g. dcim/hcm-1/# explicitly.
ALTER TABLE mqtt_credential ADD COLUMN topic_scope VARCHAR(300) NULL AFTER password_hash;
UPDATE mqtt_credential SET topic_scope = CONCAT('dcim/+/+/', username, '/#') WHERE topic_scope IS NULL;
ALTER TABLE mqtt_credential MODIFY topic_scope VARCHAR(300) NOT NULL;
