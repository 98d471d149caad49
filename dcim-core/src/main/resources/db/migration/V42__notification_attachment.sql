-- A notification may carry a file, e.g. the quarterly equipment report sent to the management body (Art. 7.2).
ALTER TABLE notification ADD COLUMN attachment VARCHAR(1000) NULL;
