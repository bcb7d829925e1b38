package eu.serviceaudit.advisor.report.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders the report's Thymeleaf templates: the whole document to PDF (openhtmltopdf, DejaVu Sans embedded as for
 * the plan export, so that Estonian, Latvian and Cyrillic letters render; SVG charts drawn by Batik), and one chart
 * to SVG and to PNG for the DOCX.
 */
@Component
class ReportRenderer {

	static final String FONT = "DejaVu Sans";

	/** Pixels per SVG unit in the PNG of a chart: sharp enough for print at the width the DOCX gives it. */
	static final float PNG_SCALE = 2.5f;

	/** Where the PDF's stylesheet lies (in the jar or the classes folder), for the template's relative link. */
	static final String STYLES = java.util.Objects
		.requireNonNull(ReportRenderer.class.getResource("/static/css/report-print.css"), "report-print.css is missing")
		.toExternalForm()
		.replace("report-print.css", "");

	private final ITemplateEngine templates;

	ReportRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] pdf(ReportDocument doc) {
		RegisteredFonts.ensure();
		String html = templates.process("reports/pdf", context(doc, "doc", doc));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, STYLES);
			builder.withProducer("Service Audit Advisor");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The chart as the page and the PDF show it. */
	String svg(Chart chart, String language) {
		return templates.process("reports/chart-svg", context(Locale.forLanguageTag(language), "chart", chart)).strip();
	}

	/** The same SVG rasterised, for documents that cannot carry SVG. */
	byte[] png(Chart chart, String language) {
		RegisteredFonts.ensure();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PNGTranscoder png = new PNGTranscoder();
			png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, chart.width() * PNG_SCALE);
			png.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
			png.transcode(new TranscoderInput(new StringReader(svg(chart, language))), new TranscoderOutput(out));
		}
		catch (TranscoderException ex) {
			throw new IllegalStateException("The chart " + chart.id() + " could not be drawn as PNG", ex);
		}
		return out.toByteArray();
	}

	private static Context context(ReportDocument doc, String name, Object value) {
		return context(Locale.forLanguageTag(doc.language()), name, value);
	}

	private static Context context(Locale locale, String name, Object value) {
		Context context = new Context(locale);
		context.setVariable(name, value);
		return context;
	}

	static InputStream font(String file) {
		InputStream in = ReportRenderer.class.getResourceAsStream("/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("The font " + file + " is missing from the classpath (src/main/resources/fonts)");
		}
		return in;
	}

	/**
	 * Batik finds fonts through AWT: DejaVu Sans is made known there, whatever the machine has installed. Done at the
	 * first PDF or PNG, not at start: AWT's graphics environment and the two fonts cost the start about 0.2 s.
	 */
	private static final class RegisteredFonts {

		static {
			registerFonts();
		}

		/** Registers the fonts once, at the first call (the class's initialisation, which the JVM makes thread-safe). */
		static void ensure() {
		}

	}

	private static void registerFonts() {
		GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
		for (String file : new String[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" }) {
			try (InputStream in = font(file)) {
				graphics.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("The font " + file + " could not be loaded", ex);
			}
		}
	}

}
