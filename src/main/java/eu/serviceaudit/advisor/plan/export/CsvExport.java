package eu.serviceaudit.advisor.plan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The plan as one CSV table (UTF-8 with BOM so that spreadsheets read it as UTF-8): plan, summary and strength rows,
 * then one row per action in rank order. Text cells that a spreadsheet would take for a formula are prefixed with
 * a quote.
 */
final class CsvExport {

	private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

	private CsvExport() {
	}

	static byte[] render(PlanDocument doc) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			row(csv, doc.label("section"), doc.label("rank"), doc.label("item"), doc.label("criterion"),
					doc.label("value"), doc.label("kpi"), doc.label("target"), doc.label("ownerRole"),
					doc.label("horizon"), doc.label("dueDate"), doc.label("status"), doc.label("note"),
					doc.label("training"), doc.label("locations"), doc.label("why"));
			row(csv, doc.label("plan"), "", doc.title());
			row(csv, doc.label("client"), "", doc.client());
			row(csv, doc.label("wave"), "", doc.wave());
			for (PlanDocument.Figure figure : doc.summary()) {
				row(csv, doc.label("summary"), "", figure.label(), "", figure.value());
			}
			for (PlanDocument.Strength strength : doc.strengths()) {
				row(csv, doc.label("strength"), "", "", strength.name(), strength.score());
			}
			for (PlanDocument.Action action : doc.actions()) {
				row(csv, doc.label("action"), String.valueOf(action.rank()), action.title(), action.addresses(),
						action.kpiResult(),
						action.kpi() + (action.kpiCriterion().isEmpty() ? "" : " (" + action.kpiCriterion() + ")"),
						action.target(), action.ownerRole(), action.horizon(), action.dueDate(), action.status(),
						action.note(), String.join("; ", action.trainingActions()), action.locations(), action.why());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void row(CSVPrinter csv, String... cells) throws IOException {
		List<String> safe = new ArrayList<>(cells.length);
		Arrays.stream(cells).map(CsvExport::safe).forEach(safe::add);
		csv.printRecord(safe);
	}

	/** Defuses formula injection: a text starting with = + - @ (or a tab or CR) gets a leading quote. */
	static String safe(String cell) {
		if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
			return cell == null ? "" : cell;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + cell : cell;
	}

}
