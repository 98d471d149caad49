-- Art. 30.7c, 15.1d: SNMP communities and SNMPv3 passwords are stored encrypted by the application
-- (AES-256-GCM, "enc:v1:" + base64 of Tink's ciphertext), which is longer than the secret. Values
-- written before are encrypted at the next start (DeviceSecretsUpgrade).
ALTER TABLE monitored_device
  MODIFY community    VARCHAR(512),
  MODIFY v3_auth_pass VARCHAR(512),
  MODIFY v3_priv_pass VARCHAR(512);
