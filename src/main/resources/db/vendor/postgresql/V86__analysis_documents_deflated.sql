-- The analysis and its audit as deflated UTF-8 JSON (StoredDocument), as on H2 (see the H2 script of this version).
-- STORAGE EXTERNAL: kept out of line without a second compression attempt on bytes that are already compressed.
-- Rows stored before keep their text in audit_json / result_json (NULL in the new columns); readers read either.
ALTER TABLE analyses ADD COLUMN audit_doc BYTEA;
ALTER TABLE analyses ADD COLUMN result_doc BYTEA;
ALTER TABLE analyses ALTER COLUMN audit_doc SET STORAGE EXTERNAL;
ALTER TABLE analyses ALTER COLUMN result_doc SET STORAGE EXTERNAL;
ALTER TABLE analyses ALTER COLUMN audit_json DROP NOT NULL;
ALTER TABLE analyses ALTER COLUMN result_json DROP NOT NULL;
