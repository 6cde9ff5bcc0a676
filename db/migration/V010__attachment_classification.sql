-- Evidence files and need-to-know (issue #11, finding 5). Every attachment now says which
-- identities it holds, and may name the subject it is about:
--   VICTIM_IDENTITY   shown only to callers entitled to the case's victim identities;
--   SUBJECT_IDENTITY  shown only to callers entitled to subject identities (a liaison only
--                     when the file's subject is of its own nationality);
--   NO_IDENTITY       shown to everyone who sees the case (a liaison only when the file
--                     names a subject of its own nationality).
-- Files stored before this migration were never classified: they become VICTIM_IDENTITY,
-- the most restrictive class, until someone entitled to them re-files them.
ALTER TABLE attachment
  ADD COLUMN classification VARCHAR(20) NOT NULL DEFAULT 'VICTIM_IDENTITY' AFTER kind,
  ADD COLUMN subject_id BIGINT NULL AFTER classification;

-- The default served only the existing rows: the application always states the class.
ALTER TABLE attachment ALTER COLUMN classification DROP DEFAULT;

ALTER TABLE attachment
  ADD CONSTRAINT ck_attachment_classification
    CHECK (classification IN ('VICTIM_IDENTITY', 'SUBJECT_IDENTITY', 'NO_IDENTITY')),
  ADD CONSTRAINT fk_attachment_subject FOREIGN KEY (subject_id) REFERENCES subject (id) ON DELETE SET NULL;

-- The case page and the API list a case's files filtered by class (and, for a liaison, by the
-- subject's nationality, joined through subject_id): one range over (allegation, class).
-- It also serves the foreign key on allegation_id, so the single-column index goes.
CREATE INDEX ix_attachment_allegation_class ON attachment (allegation_id, classification, subject_id);
DROP INDEX ix_attachment_allegation ON attachment;
CREATE INDEX ix_attachment_subject ON attachment (subject_id);
