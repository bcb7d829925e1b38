-- Write what is read: audit_locations (V10) has had no writer nor reader since the audit is kept whole in the
-- analyses row (the locations are in the audit document); its foreign key only cost every deleted analysis a lookup.
DROP TABLE audit_locations;
