-- Write what is read: the worklist counts every matching follow-up for its total and sorts by due date, severity,
-- client, observation and id, which the (due, id) index does not give in order; the overdue filter matches most rows
-- of a worklist that is followed. The index only cost each of an analysis's hundreds of follow-ups an entry, written
-- again at the commit (docs/performance.md, POST eighth round). Filtering by client keeps its (client, due) index.
DROP INDEX ix_alert_followups_due;
