-- Issue 34 §1: a Hikvision device may authenticate its pushes with HTTP Digest (RFC 7616, qop=auth,
-- MD5 or SHA-256), username = the device id, password = its push token. Digest needs H(user:realm:password)
-- on the server, and the token is kept only as a SHA-256, so the two HA1 values are made when the token
-- is issued and kept sealed by the application (Secrets, AES-256-GCM, Art. 30.7c) like the other device
-- secrets. Credentials issued before have none: they keep the path and Basic, and get Digest when reissued.
ALTER TABLE push_credential
  ADD COLUMN digest_md5 VARCHAR(255) NULL,
  ADD COLUMN digest_sha256 VARCHAR(255) NULL;
