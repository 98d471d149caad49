-- Issue 20: a journal line the product writes is told in the reader's language: its message key and
-- arguments (a JSON array of strings). `text` keeps the English sentence; lines written before this,
-- and what a person typed, have no key and are shown as they are.
ALTER TABLE incident_journal
  ADD COLUMN text_key  VARCHAR(120)  NULL,
  ADD COLUMN text_args VARCHAR(4000) NULL;
