-- the figures the analyses list shows, stored with the analysis so that listing does not parse every result_json;
-- NULL alert_count = an analysis stored before these columns (filled once at start, see ListedFigures)
ALTER TABLE analyses ADD COLUMN overall_score DOUBLE PRECISION;
ALTER TABLE analyses ADD COLUMN alert_count INTEGER;
