-- Issue 35 part 5, seed 003 Art. 12.1i (nhật ký vận hành): the shift handover. The outgoing operator opens a
-- draft pre-filled with what is open and what happened in the shift (summary: JSON, as the outgoing saw it),
-- adds notes, and the incoming operator (another person) accepts it; an accepted handover never changes.
-- The series of accepted handovers is the operation log. Times are UTC.
CREATE TABLE shift_handover (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outgoing     VARCHAR(100) NOT NULL,
  shift_start  DATETIME(3)  NOT NULL,
  shift_end    DATETIME(3)  NOT NULL,
  span_source  VARCHAR(20)  NOT NULL,
  opened_at    DATETIME(3)  NOT NULL,
  summary      MEDIUMTEXT   NOT NULL,
  notes        TEXT,
  incoming     VARCHAR(100),
  accepted_at  DATETIME(3)  NULL,
  KEY ix_handover_accepted (accepted_at),
  KEY ix_handover_outgoing (outgoing, accepted_at),
  KEY ix_handover_shift (shift_end)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
