package eu.serviceaudit.advisor.plan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The plan as a PDF a consultant can send, laid out from XHTML by openhtmltopdf with DejaVu Sans embedded so that
 * Estonian, Latvian and Cyrillic letters render. Every text is XML-escaped.
 */
final class PdfExport {

	static final String FONT = "DejaVu Sans";

	private PdfExport() {
	}

	static byte[] render(PlanDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html(doc), null);
			builder.withProducer("Service Audit Advisor");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		InputStream in = PdfExport.class.getResourceAsStream("/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("The font " + file + " is missing from the classpath (src/main/resources/fonts)");
		}
		return in;
	}

	static String html(PlanDocument doc) {
		StringBuilder h = new StringBuilder(4096);
		h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
			.append("<title>").append(x(doc.title())).append("</title><style>")
			.append("@page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) \" / \" counter(pages);")
			.append(" font-family: '").append(FONT).append("'; font-size: 8pt; color: #666; } }")
			.append("body { font-family: '").append(FONT).append("'; font-size: 10pt; color: #222; line-height: 1.35; }")
			.append("h1 { font-size: 18pt; margin: 0 0 4pt 0; color: #0b3d5c; }")
			.append("h2 { font-size: 13pt; margin: 16pt 0 6pt 0; color: #0b3d5c; border-bottom: 1px solid #0b3d5c; }")
			.append("h3 { font-size: 11pt; margin: 0 0 4pt 0; }")
			.append(".meta { color: #555; margin-bottom: 8pt; }")
			.append("table { border-collapse: collapse; width: 100%; }")
			.append("td, th { border: 1px solid #bbb; padding: 4pt 6pt; text-align: left; vertical-align: top; }")
			.append("th { background: #eef3f7; font-weight: bold; }")
			.append(".action { border: 1px solid #ccc; padding: 6pt 8pt; margin-bottom: 8pt; page-break-inside: avoid; }")
			.append(".label { font-weight: bold; }")
			.append("</style></head><body>");
		h.append("<h1>").append(x(doc.title())).append("</h1>");
		h.append("<div class=\"meta\">").append(x(doc.label("client"))).append(": ").append(x(doc.client()))
			.append(" · ").append(x(doc.label("wave"))).append(": ").append(x(doc.wave())).append(" · ")
			.append(x(doc.label("date"))).append(": ").append(x(doc.date())).append("</div>");
		h.append("<h2>").append(x(doc.label("summary"))).append("</h2><table><tr>");
		doc.summary().forEach(f -> h.append("<th>").append(x(f.label())).append("</th>"));
		h.append("</tr><tr>");
		doc.summary().forEach(f -> h.append("<td>").append(x(f.value())).append("</td>"));
		h.append("</tr></table>");
		doc.cautions().forEach(n -> h.append("<p><span class=\"label\">").append(x(n.heading())).append("</span> ")
			.append(x(n.text())).append("</p>"));
		if (!doc.diagnoses().isEmpty()) {
			h.append("<h2>").append(x(doc.label("diagnoses"))).append("</h2>");
			doc.diagnoses().forEach(n -> h.append("<p><span class=\"label\">").append(x(n.heading()))
				.append("</span><br/>").append(x(n.text())).append("</p>"));
		}
		h.append("<h2>").append(x(doc.label("strengths"))).append("</h2>");
		if (doc.strengths().isEmpty()) {
			h.append("<p>").append(x(doc.label("noStrengths"))).append("</p>");
		}
		else {
			h.append("<table><tr><th>").append(x(doc.label("criterion"))).append("</th><th>")
				.append(x(doc.label("value"))).append("</th></tr>");
			doc.strengths().forEach(s -> h.append("<tr><td>").append(x(s.name())).append("</td><td>")
				.append(x(s.score())).append("</td></tr>"));
			h.append("</table>");
		}
		h.append("<h2>").append(x(doc.label("actions"))).append("</h2>");
		for (PlanDocument.Action a : doc.actions()) {
			h.append("<div class=\"action\"><h3>").append(a.rank()).append(". ").append(x(a.title())).append("</h3>");
			if (!a.why().isBlank()) {
				h.append("<p>").append(x(a.why())).append("</p>");
			}
			field(h, doc.label("kind"), a.kind());
			field(h, doc.label("locations"), a.locations());
			field(h, doc.label("addresses"), a.addresses());
			field(h, doc.label("kpi"), MarkdownExport.kpi(a, doc));
			field(h, doc.label("ownerRole"), a.ownerRole());
			field(h, doc.label("horizon"), a.horizon());
			field(h, doc.label("dueDate"), a.dueDate());
			field(h, doc.label("status"), a.status());
			field(h, doc.label("note"), a.note());
			if (!a.trainingActions().isEmpty()) {
				h.append("<div><span class=\"label\">").append(x(doc.label("training"))).append(":</span><ul>");
				a.trainingActions().forEach(t -> h.append("<li>").append(x(t)).append("</li>"));
				h.append("</ul></div>");
			}
			h.append("</div>");
		}
		h.append("</body></html>");
		return h.toString();
	}

	private static void field(StringBuilder h, String label, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		h.append("<div><span class=\"label\">").append(x(label)).append(":</span> ").append(x(value)).append("</div>");
	}

	/** XML text: markup characters escaped, characters XML 1.0 cannot carry dropped. */
	static String x(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
