-- Accounts of people who sign in with the center's directory (LDAP / Active Directory): their
-- password and its policy are the directory's; roles follow their directory groups at each login.
ALTER TABLE account_credential ADD COLUMN directory BOOLEAN NOT NULL DEFAULT FALSE;
