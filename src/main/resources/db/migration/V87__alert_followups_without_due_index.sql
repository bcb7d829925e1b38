-- The (due, id) index of the follow-ups earned nothing and cost every stored analysis one more index entry per alert
-- (421 for the benchmark's audit of 12,000 findings; docs/performance.md, issue 10). The worklist orders by
-- (due, severity, client, observation_id, id), which that index cannot deliver, and its only range filter, overdue
-- (due < today), matches most of the table once alerts age. The worklist of one client uses (client, due); the
-- alerts of an analysis use (analysis_id, seq); a follow-up by id its primary key.
DROP INDEX ix_alert_followups_due;
