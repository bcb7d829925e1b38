package eu.serviceaudit.advisor.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.serviceaudit.advisor.system.web.BadRequestException;

/**
 * The text of an uploaded CSV: strictly decoded UTF-8 without its byte order mark, with the physical line of every
 * character position (1 = the header line; a line ends at CR LF, LF or CR).
 */
final class CsvText {

	private final String text;

	private final int[] lineStarts;

	private CsvText(String text) {
		this.text = text;
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add(i + 1);
			}
		}
		this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	static CsvText decode(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new BadRequestException("line " + line + ": the file is not valid UTF-8 (byte " + (in.position() + 1)
					+ "); save the spreadsheet as CSV UTF-8");
		}
		out.flip();
		String text = out.toString();
		return new CsvText(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	String text() {
		return text;
	}

	boolean isBlank() {
		return text.isBlank();
	}

	/** The physical line (from 1) of a character position. */
	int lineOf(long position) {
		int at = Arrays.binarySearch(lineStarts, (int) Math.min(position, Integer.MAX_VALUE));
		return at >= 0 ? at + 1 : -at - 1;
	}

	/**
	 * {@code ;} or {@code ,}, whichever the header line has more of outside quotes; a header with neither is a single
	 * column and gets {@code ,}.
	 */
	char separator() {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

}
