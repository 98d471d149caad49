-- Issue 22: a state and each change of state keep the check's sentence as a message key with its
-- arguments (JSON list), besides the English sentence, so the auditor's report and the compliance
-- alarms are told in the reader's language. Rows written before keep only their English text.
ALTER TABLE compliance_state
  ADD COLUMN summary_key  VARCHAR(200) NULL,
  ADD COLUMN summary_args TEXT         NULL;

ALTER TABLE compliance_state_change
  ADD COLUMN summary_key  VARCHAR(200) NULL,
  ADD COLUMN summary_args TEXT         NULL;
