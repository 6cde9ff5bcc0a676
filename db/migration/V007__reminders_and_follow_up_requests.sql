-- Issue #6, second part: e-mail reminders for due and overdue items, follow-up requests to
-- member states, and the NIO's appointment date.

-- Where reminders go. Optional: an account without an address gets no e-mail, only the
-- dashboard's list.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;

-- The date the member state appointed its national investigation officer.
ALTER TABLE notification ADD COLUMN nio_appointed_on DATE NULL;

-- Follow-up notes verbales on a notification: a reminder to answer, or a request for the
-- outcome of the investigation or for the action taken.
CREATE TABLE notification_follow_up (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  notification_id BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  sent_on         DATE         NOT NULL,
  note            VARCHAR(500) NULL,
  created_at      DATETIME(6)  NOT NULL,
  created_by      VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_follow_up_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
  CONSTRAINT ck_follow_up_kind CHECK (kind IN ('REMINDER', 'OUTCOME_REQUEST', 'ACTION_REQUEST')),
  INDEX ix_follow_up_notification (notification_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The transactional outbox of reminder e-mails. A row is written in the same transaction that
-- decides the reminder is due; it is sent only after that commit, by whichever instance claims
-- it first (claimed_by/claimed_until is a lease). dedup_key makes a reminder for one due item,
-- stage and recipient exist once, whatever the number of scans, instances or restarts.
CREATE TABLE mail_outbox (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dedup_key         VARCHAR(200) NOT NULL,
  recipient_user    VARCHAR(64)  NOT NULL,
  recipient_address VARCHAR(254) NOT NULL,
  reference         VARCHAR(32)  NULL,
  subject           VARCHAR(300) NOT NULL,
  body              TEXT         NOT NULL,
  status            VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
  attempts          INT          NOT NULL DEFAULT 0,
  next_attempt_at   DATETIME(6)  NOT NULL,
  claimed_by        VARCHAR(64)  NULL,
  claimed_until     DATETIME(6)  NULL,
  last_error        VARCHAR(500) NULL,
  created_at        DATETIME(6)  NOT NULL,
  sent_at           DATETIME(6)  NULL,
  CONSTRAINT uq_mail_outbox_dedup UNIQUE (dedup_key),
  CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT')),
  INDEX ix_mail_outbox_pending (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
