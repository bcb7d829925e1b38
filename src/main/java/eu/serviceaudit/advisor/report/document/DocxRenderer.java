package eu.serviceaudit.advisor.report.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The report as a Word document, from the same model as the page and the PDF: A4, headings that Word's table of
 * contents picks up (the contents field is filled with the section titles and refreshed when Word opens it), page
 * numbers in the footer, and the charts as the PNG of the very SVG the PDF shows.
 */
@Component
class DocxRenderer {

	static final String FONT = "Calibri";

	static final String BLUE = "0B3D5C";

	/** The widest a chart may be on the page, in points (A4 less the margins). */
	static final double CHART_WIDTH_PT = 450;

	private final ReportRenderer renderer;

	DocxRenderer(ReportRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] render(ReportDocument doc) {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(docx);
			styles(docx);
			cover(docx, doc);
			contents(docx, doc);
			summary(docx, doc);
			strengths(docx, doc);
			figures(docx, doc);
			locations(docx, doc);
			if (!doc.diagnoses().isEmpty()) {
				heading(docx, doc.t("report.doc.section.diagnoses"), 1, true);
				doc.diagnoses().forEach(d -> {
					heading(docx, d.title(), 2, false);
					text(docx, d.text());
				});
			}
			if (!doc.cautions().isEmpty()) {
				heading(docx, doc.t("report.doc.section.cautions"), 1, false);
				doc.cautions().forEach(c -> bullet(docx, c));
			}
			heading(docx, doc.t("report.doc.section.headline"), 1, true);
			doc.headline().forEach(a -> action(docx, doc, a));
			if (!doc.others().isEmpty()) {
				heading(docx, doc.t("report.doc.section.others"), 1, false);
				doc.others().forEach(a -> action(docx, doc, a));
			}
			training(docx, doc);
			docx.getProperties().getCoreProperties().setTitle(doc.title() + " — " + doc.client());
			docx.getProperties().getCoreProperties().setCreator("Service Audit Advisor");
			docx.enforceUpdateFields();
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A4 with 2 cm margins and "page / pages" centred in the footer. */
	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger twoCm = BigInteger.valueOf(1134);
		margins.setTop(twoCm);
		margins.setBottom(twoCm);
		margins.setLeft(twoCm);
		margins.setRight(twoCm);
		XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph line = footer.createParagraph();
		line.setAlignment(ParagraphAlignment.CENTER);
		field(line, "PAGE", "1");
		run(line, " / ", false, 9);
		field(line, "NUMPAGES", "1");
	}

	private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(instruction);
		field.addNewR().addNewT().setStringValue(placeholder);
	}

	/** Headings 1–3 with outline levels, so that Word's contents and navigation find them. */
	private static void styles(XWPFDocument docx) {
		XWPFStyles styles = docx.createStyles();
		int[] sizes = { 32, 26, 22 };
		for (int level = 1; level <= 3; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewBasedOn().setVal("Normal");
			style.addNewQFormat();
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			style.getPPr().addNewKeepNext();
			style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 160));
			var font = style.addNewRPr();
			font.addNewB();
			font.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
			font.addNewColor().setVal(BLUE);
			font.addNewRFonts().setAscii(FONT);
			font.getRFontsArray(0).setHAnsi(FONT);
			font.getRFontsArray(0).setCs(FONT);
			styles.addStyle(new XWPFStyle(style, styles));
		}
	}

	private static void cover(XWPFDocument docx, ReportDocument doc) {
		XWPFParagraph space = docx.createParagraph();
		space.setSpacingBefore(3600);
		if (doc.draft()) {
			XWPFRun draft = run(docx.createParagraph(), doc.t("report.doc.draft"), true, 14);
			draft.setColor("B00020");
		}
		XWPFRun title = run(docx.createParagraph(), doc.title(), true, 28);
		title.setColor(BLUE);
		run(docx.createParagraph(), doc.client(), false, 18);
		facts(docx, List.of(new ReportDocument.Figure(doc.t("report.doc.cover.wave"), doc.wave()),
				new ReportDocument.Figure(doc.t("report.doc.cover.date"), doc.date())));
	}

	/** A contents field over headings 1 and 2, shown with the section titles until Word refreshes it. */
	private static void contents(XWPFDocument docx, ReportDocument doc) {
		heading(docx, doc.t("report.doc.contents"), 0, true);
		XWPFParagraph paragraph = docx.createParagraph();
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
		for (int i = 0; i < doc.contents().size(); i++) {
			var r = field.addNewR();
			if (i > 0) {
				r.addNewBr();
			}
			r.addNewT().setStringValue(doc.contents().get(i).title());
		}
	}

	private static void summary(XWPFDocument docx, ReportDocument doc) {
		heading(docx, doc.t("report.doc.section.summary"), 1, true);
		text(docx, doc.summary());
	}

	private static void strengths(XWPFDocument docx, ReportDocument doc) {
		heading(docx, doc.t("report.doc.section.strengths"), 1, false);
		if (doc.strengths().isEmpty()) {
			text(docx, doc.t("report.doc.strengths.none"));
			return;
		}
		table(docx, List.of(doc.t("report.doc.criterion"), doc.t("report.doc.score")),
				doc.strengths().stream().map(s -> List.of(s.label(), s.value())).toList());
	}

	private void figures(XWPFDocument docx, ReportDocument doc) {
		heading(docx, doc.t("report.doc.section.figures"), 1, true);
		facts(docx, doc.figures());
		for (Chart chart : doc.charts()) {
			heading(docx, chart.title(), 2, false);
			picture(docx, chart, doc.language());
		}
		if (doc.change() == null) {
			text(docx, doc.t("report.doc.chart.noPrevious"));
		}
	}

	private void picture(XWPFDocument docx, Chart chart, String language) {
		byte[] png = renderer.png(chart, language);
		double width = Math.min(CHART_WIDTH_PT, chart.width() * 0.75);
		double height = width * chart.height() / chart.width();
		XWPFRun run = docx.createParagraph().createRun();
		try {
			run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, chart.id() + ".png",
					Units.toEMU(width), Units.toEMU(height));
		}
		catch (InvalidFormatException | IOException ex) {
			throw new IllegalStateException("The chart " + chart.id() + " could not be placed in the DOCX", ex);
		}
	}

	private static void locations(XWPFDocument docx, ReportDocument doc) {
		heading(docx, doc.t("report.doc.section.locations"), 1, true);
		text(docx, doc.league().basis());
		table(docx, List.of(doc.t("report.doc.league.rank"), doc.t("report.doc.league.location"),
				doc.t("report.doc.score"), doc.t("report.doc.league.visits"), doc.t("report.doc.league.criteria")),
				doc.league().rows().stream()
					.map(r -> List.of(String.valueOf(r.rank()),
							r.few() ? doc.t("report.doc.league.nameFew", r.name(), doc.t("report.doc.league.few")) : r.name(),
							r.score(), String.valueOf(r.visits()), String.valueOf(r.criteria())))
					.toList());
		if (doc.league().caution() != null) {
			text(docx, doc.league().caution());
		}
		if (!doc.locationNotes().isEmpty()) {
			heading(docx, doc.t("report.doc.notes.title"), 2, false);
			doc.locationNotes().forEach(n -> {
				run(docx.createParagraph(), n.title(), true, 11);
				text(docx, n.text());
			});
		}
	}

	private static void action(XWPFDocument docx, ReportDocument doc, ReportDocument.Action a) {
		heading(docx, doc.t("report.doc.action.heading", a.number(), a.title()), 2, false);
		text(docx, a.text());
		List<ReportDocument.Figure> facts = new java.util.ArrayList<>();
		add(facts, doc.t("report.doc.action.owner"), a.owner());
		add(facts, doc.t("report.doc.action.kpi"), a.kpi());
		add(facts, doc.t("report.doc.action.horizon"), a.horizon());
		add(facts, doc.t("report.doc.action.kind"), a.kind());
		add(facts, doc.t("report.doc.action.addresses"), a.addresses());
		add(facts, doc.t("report.doc.action.locations"), a.locations());
		add(facts, doc.t("report.doc.action.alsoCovers"), a.alsoCovers().isEmpty() ? null : String.join("; ", a.alsoCovers()));
		add(facts, doc.t("report.doc.action.why"), a.why());
		facts(docx, facts);
	}

	private static void add(List<ReportDocument.Figure> facts, String label, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(new ReportDocument.Figure(label, value));
		}
	}

	private static void training(XWPFDocument docx, ReportDocument doc) {
		if (doc.training().isEmpty()) {
			return;
		}
		heading(docx, doc.t("report.doc.section.training"), 1, true);
		table(docx, List.of(doc.t("report.doc.training.exercise"), doc.t("report.doc.training.format"),
				doc.t("report.doc.training.duration"), doc.t("report.doc.training.for")),
				doc.training().stream()
					.map(t -> List.of(t.title(), nonNull(t.format()), nonNull(t.minutes()), t.forActions()))
					.toList());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	/** A heading; level 0 is a title outside the contents. A chapter starts on a new page. */
	private static void heading(XWPFDocument docx, String text, int level, boolean newPage) {
		XWPFParagraph paragraph = docx.createParagraph();
		if (level > 0) {
			paragraph.setStyle("Heading" + level);
		}
		paragraph.setPageBreak(newPage);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		if (level == 0) {
			run.setBold(true);
			run.setFontSize(16);
			run.setColor(BLUE);
			run.setFontFamily(FONT);
		}
	}

	/** A text in paragraphs, one per line of the input. */
	private static void text(XWPFDocument docx, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (String paragraph : text.split("\\R+")) {
			if (!paragraph.isBlank()) {
				run(docx.createParagraph(), paragraph.strip(), false, 11);
			}
		}
	}

	private static void bullet(XWPFDocument docx, String text) {
		run(docx.createParagraph(), "• " + text, false, 11);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(FONT);
		return run;
	}

	/** Label and value rows without a header. */
	private static void facts(XWPFDocument docx, List<ReportDocument.Figure> facts) {
		if (facts.isEmpty()) {
			return;
		}
		XWPFTable table = docx.createTable(facts.size(), 2);
		table.setWidth("100%");
		for (int i = 0; i < facts.size(); i++) {
			cell(table.getRow(i).getCell(0), facts.get(i).label(), true);
			cell(table.getRow(i).getCell(1), facts.get(i).value(), false);
		}
		docx.createParagraph();
	}

	private static void table(XWPFDocument docx, List<String> head, List<List<String>> rows) {
		XWPFTable table = docx.createTable(rows.size() + 1, head.size());
		table.setWidth("100%");
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < head.size(); c++) {
			cell(header.getCell(c), head.get(c), true);
			header.getCell(c).setColor("EEF3F7");
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < head.size(); c++) {
				cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), false);
			}
		}
		docx.createParagraph();
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		run(paragraph, text == null ? "" : text, bold, 10);
	}

}
