-- Write what is read: no query looks findings up by criterion alone (the waves' key drivers read them by analysis),
-- so the index only cost every one of an audit's thousands of finding rows an extra index entry.
DROP INDEX ix_findings_criterion;
