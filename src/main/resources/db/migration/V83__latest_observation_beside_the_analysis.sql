-- Write what is read: the observation rows (one per visit or survey, 1,191 for a large audit, each with its primary
-- key entry and a foreign key check) had one reader, the reports' previous wave, which asks only for the date of an
-- analysis's latest observation. That date is now stored with the analysis; the observations stay in audit_json.
ALTER TABLE analyses ADD COLUMN latest_observed_on DATE;
UPDATE analyses SET latest_observed_on = (SELECT MAX(o.observed_on) FROM observations o WHERE o.analysis_id = analyses.id);
-- survey_responses (V10) has had no writer nor reader since the audit is kept whole; its foreign key holds observations
DROP TABLE survey_responses;
DROP TABLE observations;
