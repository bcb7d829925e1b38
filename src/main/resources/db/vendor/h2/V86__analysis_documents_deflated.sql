-- The analysis and its audit as deflated UTF-8 JSON (StoredDocument): writing two ~2 MB texts character by character
-- into H2's CLOB storage was the largest part of storing a large analysis (docs/performance.md, issue 10). A BLOB, not
-- a BINARY VARYING: H2 keeps BLOBs beside the row, so the lists that scan analyses rows do not read the documents.
-- Rows stored before keep their text in audit_json / result_json (NULL in the new columns); readers read either.
ALTER TABLE analyses ADD COLUMN audit_doc BLOB;
ALTER TABLE analyses ADD COLUMN result_doc BLOB;
ALTER TABLE analyses ALTER COLUMN audit_json DROP NOT NULL;
ALTER TABLE analyses ALTER COLUMN result_json DROP NOT NULL;
