-- Issue 31: a recipient hears notifications in their own language, Vietnamese unless set otherwise.
ALTER TABLE notification_recipient ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'vi';
