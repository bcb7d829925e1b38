package eu.serviceaudit.advisor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.LocationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.FieldErrors;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.BadRequestException;

import static eu.serviceaudit.advisor.system.FieldErrors.clip;

/**
 * Reads a mystery-shopping CSV (CONTRACT.md section 8) into the audit request a JSON post would carry: one row per
 * finding, rows grouped into observations by {@code observation_id}, locations from the distinct
 * {@code location_id}s. Remembers the line of every row so that validation errors can name it.
 */
final class CsvAuditReader {

	static final List<String> REQUIRED = List.of("observation_id", "method", "location_id", "date", "criterion",
			"score", "max");

	/** Columns that may be left out: absent, they leave their value absent (min then defaults to 0). */
	static final List<String> OPTIONAL = List.of("min", "comment", "channel");

	static final String CHANNEL = "channel";

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

	private CsvAuditReader() {
	}

	/** The audit request and where each of its parts came from. */
	record Read(AuditRequest request, CsvLines lines) {
	}

	/**
	 * Reads the CSV as it arrives, row by row; stops with a 422 naming the cap at the first row past
	 * {@code maxItems}, and keeps only the first errors with their count.
	 */
	static Read read(InputStream body, String client, String wave, String language, int maxItems) {
		CsvText csv = CsvText.open(body);
		if (csv.isBlank()) {
			throw new BadRequestException("line 1: the file is empty; expected the header " + String.join(",", REQUIRED));
		}
		char separator = csv.separator();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
		FieldErrors errors = new FieldErrors();
		Map<String, Row> firstRowOf = new LinkedHashMap<>();
		Map<String, List<Row>> rowsOf = new LinkedHashMap<>();
		int rows = 0;
		try (CSVParser parser = format.parse(csv.reader())) {
			Iterator<CSVRecord> records = parser.iterator();
			Map<String, Integer> columns = header(next(records, parser), separator);
			while (true) {
				CSVRecord record = next(records, parser);
				if (record == null) {
					break;
				}
				int line = csv.lineOf(record.getCharacterPosition());
				if (++rows > maxItems) {
					throw new InvalidRequestException(List.of(new FieldError(CsvLines.pointer(line, null),
							AuditValidator.overCap(maxItems, "more (stopped reading at line " + line + ")"))));
				}
				Row row = row(record, line, columns, separator, errors);
				if (row == null) {
					continue;
				}
				Row first = firstRowOf.putIfAbsent(row.observationId, row);
				if (first != null) {
					sameAsFirst(row, first, errors);
				}
				rowsOf.computeIfAbsent(row.observationId, id -> new ArrayList<>()).add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		errors.throwIfAny();
		return assemble(client, wave, language, firstRowOf, rowsOf);
	}

	private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser) {
		long linesBefore = parser.getCurrentLineNumber();
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			String message = String.valueOf(cause.getMessage())
				.replaceFirst("^\\(startline \\d+\\) ", "")
				.replaceFirst(" at line: \\d+, position: \\d+$", "");
			throw new BadRequestException("line " + (linesBefore + 1) + ": malformed CSV: " + message);
		}
	}

	private static Map<String, Integer> header(CSVRecord record, char separator) {
		if (record == null) {
			throw new BadRequestException("line 1: the file is empty; expected the header " + String.join(",", REQUIRED));
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			if (columns.putIfAbsent(name, i) != null) {
				throw new BadRequestException("line 1, column " + (i + 1) + ": the column '" + clip(name) + "' appears twice");
			}
		}
		Set<String> missing = new LinkedHashSet<>(REQUIRED);
		missing.removeAll(columns.keySet());
		if (!missing.isEmpty()) {
			throw new BadRequestException("line 1: the header lacks the column(s) " + String.join(", ", missing)
					+ " (read with the separator '" + separator + "'); expected " + String.join(",", REQUIRED)
					+ " in any order, " + String.join(", ", OPTIONAL) + " optional");
		}
		return columns;
	}

	private static Row row(CSVRecord record, int line, Map<String, Integer> columns, char separator,
			FieldErrors errors) {
		int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		if (record.size() < expected) {
			throw new BadRequestException("line " + line + ": expected at least " + expected + " fields separated by '"
					+ separator + "', found " + record.size());
		}
		Row row = new Row(line);
		row.observationId = text(record, columns, "observation_id");
		row.method = text(record, columns, "method");
		row.locationId = text(record, columns, "location_id");
		row.date = text(record, columns, "date");
		row.channel = text(record, columns, CHANNEL);
		row.criterion = text(record, columns, "criterion");
		row.comment = text(record, columns, "comment");
		row.score = number(record, columns, "score", line, errors);
		row.min = number(record, columns, "min", line, errors);
		row.max = number(record, columns, "max", line, errors);
		if (row.observationId == null) {
			errors.add(CsvLines.pointer(line, "observation_id"), "is required");
			return null;
		}
		return row;
	}

	private static void sameAsFirst(Row row, Row first, FieldErrors errors) {
		differs("method", row.method, first.method, row, first, errors);
		differs("location_id", row.locationId, first.locationId, row, first, errors);
		differs("date", row.date, first.date, row, first, errors);
		differs(CHANNEL, row.channel, first.channel, row, first, errors);
	}

	private static void differs(String column, String value, String firstValue, Row row, Row first,
			FieldErrors errors) {
		if (!Objects.equals(value, firstValue)) {
			errors.add(CsvLines.pointer(row.line, column), "observation '" + clip(row.observationId)
					+ "' has " + column + " '" + clip(String.valueOf(firstValue)) + "' on line " + first.line
					+ "; every row of one observation must agree");
		}
	}

	private static Read assemble(String client, String wave, String language, Map<String, Row> firstRowOf,
			Map<String, List<Row>> rowsOf) {
		CsvLines lines = new CsvLines();
		Map<String, Integer> locationLines = new LinkedHashMap<>();
		List<ObservationInput> observations = new ArrayList<>();
		for (Map.Entry<String, List<Row>> entry : rowsOf.entrySet()) {
			Row first = firstRowOf.get(entry.getKey());
			if (first.locationId != null) {
				locationLines.putIfAbsent(first.locationId, first.line);
			}
			List<FindingInput> findings = new ArrayList<>();
			List<Integer> findingLines = new ArrayList<>();
			for (Row row : entry.getValue()) {
				findings.add(new FindingInput(row.criterion, row.score, row.min, row.max, row.comment));
				findingLines.add(row.line);
			}
			lines.observation(first.line, findingLines);
			observations.add(new ObservationInput(first.observationId, first.method, first.locationId, first.channel,
					first.date, findings, null));
		}
		List<LocationInput> locations = new ArrayList<>();
		locationLines.forEach((id, line) -> {
			locations.add(new LocationInput(id, id));
			lines.location(line);
		});
		return new Read(new AuditRequest(client, wave, language, locations, observations), lines);
	}

	/** The stripped value of a column, or null when it is empty or the column is absent. */
	private static String text(CSVRecord record, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	private static Double number(CSVRecord record, Map<String, Integer> columns, String column, int line,
			FieldErrors errors) {
		String value = text(record, columns, column);
		if (value == null) {
			return null;
		}
		if (!NUMBER.matcher(value).matches()) {
			errors.add(CsvLines.pointer(line, column),
					"must be a number with '.' or ',' as decimal mark, was '" + clip(value) + "'");
			return null;
		}
		return Double.valueOf(value.replace(',', '.'));
	}

	private static final class Row {

		final int line;

		String observationId;

		String method;

		String locationId;

		String date;

		String channel;

		String criterion;

		String comment;

		Double score;

		Double min;

		Double max;

		Row(int line) {
			this.line = line;
		}

	}

}
