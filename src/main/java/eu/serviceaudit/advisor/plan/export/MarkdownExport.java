package eu.serviceaudit.advisor.plan.export;

import java.nio.charset.StandardCharsets;

/** The plan as Markdown; every text from users or the analysis is escaped so that it stays text. */
final class MarkdownExport {

	private MarkdownExport() {
	}

	static byte[] render(PlanDocument doc) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(escape(doc.title())).append("\n\n");
		md.append("**").append(escape(doc.label("client"))).append(":** ").append(escape(doc.client())).append("  \n");
		md.append("**").append(escape(doc.label("wave"))).append(":** ").append(escape(doc.wave())).append("  \n");
		md.append("**").append(escape(doc.label("date"))).append(":** ").append(escape(doc.date())).append("\n\n");
		md.append("## ").append(escape(doc.label("summary"))).append("\n\n");
		StringBuilder head = new StringBuilder("|");
		StringBuilder rule = new StringBuilder("|");
		StringBuilder values = new StringBuilder("|");
		for (PlanDocument.Figure figure : doc.summary()) {
			head.append(' ').append(escape(figure.label())).append(" |");
			rule.append(" ---: |");
			values.append(' ').append(escape(figure.value())).append(" |");
		}
		md.append(head).append('\n').append(rule).append('\n').append(values).append("\n\n");
		notes(md, doc.cautions());
		if (!doc.diagnoses().isEmpty()) {
			md.append("## ").append(escape(doc.label("diagnoses"))).append("\n\n");
			notes(md, doc.diagnoses());
		}
		md.append("## ").append(escape(doc.label("strengths"))).append("\n\n");
		if (doc.strengths().isEmpty()) {
			md.append(escape(doc.label("noStrengths"))).append("\n");
		}
		for (PlanDocument.Strength strength : doc.strengths()) {
			md.append("- ").append(escape(strength.name())).append(" — ").append(escape(strength.score())).append('\n');
		}
		md.append("\n## ").append(escape(doc.label("actions"))).append("\n");
		for (PlanDocument.Action action : doc.actions()) {
			md.append("\n### ").append(action.rank()).append(". ").append(escape(action.title())).append("\n\n");
			if (!action.why().isBlank()) {
				md.append(escape(action.why())).append("\n\n");
			}
			line(md, doc.label("kind"), action.kind());
			line(md, doc.label("locations"), action.locations());
			line(md, doc.label("addresses"), action.addresses());
			line(md, doc.label("kpi"), kpi(action, doc));
			line(md, doc.label("ownerRole"), action.ownerRole());
			line(md, doc.label("horizon"), action.horizon());
			line(md, doc.label("dueDate"), action.dueDate());
			line(md, doc.label("status"), action.status());
			line(md, doc.label("note"), action.note());
			if (!action.trainingActions().isEmpty()) {
				md.append("- **").append(escape(doc.label("training"))).append(":**\n");
				action.trainingActions().forEach(t -> md.append("  - ").append(escape(t)).append('\n'));
			}
		}
		return md.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void notes(StringBuilder md, java.util.List<PlanDocument.Note> notes) {
		for (PlanDocument.Note note : notes) {
			md.append("**").append(escape(note.heading())).append("**");
			if (note.text() != null && !note.text().isBlank()) {
				md.append(" — ").append(escape(note.text()));
			}
			md.append("\n\n");
		}
	}

	static String kpi(PlanDocument.Action action, PlanDocument doc) {
		if (action.kpi().isEmpty() && action.kpiCriterion().isEmpty()) {
			return "";
		}
		return action.kpi() + (action.kpiCriterion().isEmpty() ? "" : " (" + action.kpiCriterion() + ")")
				+ (action.target().isEmpty() ? "" : ", " + doc.label("target") + " " + action.target())
				+ (action.kpiResult().isEmpty() ? "" : " — " + action.kpiResult());
	}

	private static void line(StringBuilder md, String label, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		md.append("- **").append(escape(label)).append(":** ").append(escape(value)).append('\n');
	}

	/** A character entity or numeric reference, which CommonMark would turn into its character. */
	private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

	/** A line start that CommonMark reads as a heading, list, quote, rule or ordered list: "# ", "- ", "1. ". */
	private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])");

	/**
	 * Text that renders as itself and still reads well as plain text: line breaks become spaces; only the characters
	 * that would start markup where they stand are backslash-escaped (emphasis, code, links, HTML, table pipes, an
	 * entity, a block marker at the start), so "2026-Q4" and "Tallinn, Viru 5." stay as typed.
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder flat = new StringBuilder(text.length());
		text.replaceAll("[\\r\\n\\t]+", " ").codePoints().filter(c -> c >= 0x20 && c != 0x7f).forEach(flat::appendCodePoint);
		StringBuilder out = new StringBuilder(flat.length() + 8);
		for (int i = 0; i < flat.length(); i++) {
			char c = flat.charAt(i);
			if ("\\`*_[]<>|~".indexOf(c) >= 0 || c == '&' && ENTITY.matcher(flat).region(i, flat.length()).lookingAt()) {
				out.append('\\');
			}
			out.append(c);
		}
		java.util.regex.Matcher start = BLOCK_START.matcher(out);
		if (start.lookingAt()) {
			String marker = start.group(2);
			int at = start.end(1) + marker.length() - 1;
			out.insert(at, '\\');
		}
		return out.toString();
	}

}
