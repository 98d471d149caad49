-- Quartz's cluster lock, made to hold on MariaDB Galera too (issue 36 §4, docs/deploy/galera.md "Quartz").
-- Quartz takes its locks (TRIGGER_ACCESS, STATE_ACCESS) with SELECT ... FOR UPDATE on QRTZ_LOCKS. Galera
-- does not replicate row locks, and a row that is only locked, never changed, is not in the write-set
-- that certification compares: two schedulers on two nodes both "hold" the lock and both commit. The
-- job store now takes the lock by counting this column up (QuartzFactory: UpdateLockRowSemaphore), a
-- real change of the lock row: on one server it locks exactly as before; on Galera the second of two
-- holders on two nodes loses certification at commit (1213), is rolled back and tries again.
ALTER TABLE QRTZ_LOCKS ADD COLUMN LOCK_COUNT BIGINT NOT NULL DEFAULT 0;
