-- A second factor (TOTP, RFC 6238) for administrators (Art. 15.1): the person's secret once they
-- enrolled, and per session the moment the code was given.
ALTER TABLE account_credential ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE login_session ADD COLUMN second_factor_at TIMESTAMP(3) NULL;
