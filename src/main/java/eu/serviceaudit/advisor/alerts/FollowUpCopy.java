package eu.serviceaudit.advisor.alerts;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * New follow-ups through PostgreSQL's {@code COPY ... FROM STDIN}: the rows go as one stream of text instead of
 * statements of 13 bound parameters a row, which for a large analysis's 421 follow-ups was half of storing it
 * (docs/performance.md, issue 10). Runs on the transaction's own connection, so the rows are stored with the
 * analysis or not at all. Elsewhere (H2), or for text that COPY's text format cannot carry (NUL, which PostgreSQL
 * refuses in any case), it declines and the multi-row INSERTs store the same rows.
 */
final class FollowUpCopy {

	private static final String COPY = """
			COPY alert_followups (id, analysis_id, seq, client, observation_id, location_id, criterion, kind,
			    severity, reason, due, status, owner, note, version, created_at, updated_at) FROM STDIN""";

	private FollowUpCopy() {
	}

	/** True when the rows were stored; false when this connection is not PostgreSQL's or the text needs INSERTs. */
	static boolean copied(Connection connection, List<AlertFollowUps.NewFollowUp> alerts, LocalDateTime at)
			throws SQLException {
		if (!connection.isWrapperFor(PGConnection.class)) {
			return false;
		}
		StringBuilder text = new StringBuilder(alerts.size() * 200);
		// the timestamp's text as the driver sends a bound LocalDateTime (rounded half up to microseconds, the
		// column's precision); the column has no zone
		LocalDateTime micros = at.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
		String when = micros.toLocalDate() + " " + micros.toLocalTime();
		for (AlertFollowUps.NewFollowUp alert : alerts) {
			if (!field(text, alert.id()) || !field(text, alert.analysisId())) {
				return false;
			}
			text.append(alert.seq()).append('\t');
			if (!field(text, alert.client()) || !field(text, alert.observationId()) || !field(text, alert.locationId())
					|| !field(text, alert.criterion())) {
				return false;
			}
			text.append(alert.kind().name()).append('\t').append(alert.severity().name()).append('\t');
			if (!field(text, alert.reason())) {
				return false;
			}
			text.append(alert.due()).append("\tOPEN\t\\N\t\\N\t1\t").append(when).append('\t').append(when).append('\n');
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		return true;
	}

	/**
	 * Appends one column of COPY's text format and its tab: {@code \N} for null, backslash, tab, line feed and
	 * carriage return escaped. False for a NUL, which the format cannot carry.
	 */
	private static boolean field(StringBuilder text, String value) {
		if (value == null) {
			text.append("\\N\t");
			return true;
		}
		int ordinary = 0;
		while (ordinary < value.length() && !special(value.charAt(ordinary))) {
			ordinary++;
		}
		if (ordinary == value.length()) {
			// most text has nothing to escape: appended whole, not a character at a time
			text.append(value).append('\t');
			return true;
		}
		text.append(value, 0, ordinary);
		for (int i = ordinary; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\0' -> {
					return false;
				}
				default -> text.append(c);
			}
		}
		text.append('\t');
		return true;
	}

	private static boolean special(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
	}

}
