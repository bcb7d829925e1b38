-- Write what is read: the finding rows (one per finding, 12,000 for a large audit, each with its primary key entry
-- and a foreign key check) had one reader, the key drivers of one wave, which now read the findings from the audit
-- kept whole in analyses.audit_json (every finding with its scores is there). Nothing is lost by dropping them.
DROP TABLE findings;
