-- The browser or script a sign-in attempt came from, when it showed a device token of an earlier sign-in to the same
-- account (a trusted client): its wrong passwords count on their own, so strangers' wrong passwords that lock the
-- account against unknown clients do not keep its owner out. NULL: an unknown client.
ALTER TABLE login_attempt
  ADD COLUMN device VARCHAR(32) NULL,
  ADD KEY ix_login_attempt_device (device, at);
