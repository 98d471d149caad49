-- Issue 34 §1: the Digest answers (RFC 7616) a pushing device gave, kept while their nonce lives, so that
-- a response seen by one instance of the product is refused as a replay by every other one on this
-- database (nonces are signed with the shared key directory: any instance accepts another's). The key is
-- the SHA-256 of nonce:nc:cnonce; a row past expires_at (the nonce's issue time + DCIM_PUSH_NONCE_MAX_AGE)
-- is pruned: its nonce is refused as stale by then anyway.
CREATE TABLE push_digest_seen (
  response_key CHAR(64)    NOT NULL,
  expires_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (response_key),
  KEY idx_push_digest_seen_expires (expires_at)
) ENGINE=InnoDB;
