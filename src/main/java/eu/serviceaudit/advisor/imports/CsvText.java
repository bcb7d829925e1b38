package eu.serviceaudit.advisor.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import eu.serviceaudit.advisor.system.web.BadRequestException;

/**
 * An uploaded CSV read as a stream: strictly decoded UTF-8 without its byte order mark, never held whole in memory,
 * with the physical line of every character position (1 = the header line; a line ends at CR LF, LF or CR).
 */
final class CsvText {

	/** How far ahead the header line is looked at to choose the separator. */
	private static final int HEADER_LOOKAHEAD = 64 * 1024;

	private final Decoder decoder;

	private final BufferedReader reader;

	private final char separator;

	private final boolean blank;

	private CsvText(InputStream in) throws IOException {
		this.decoder = new Decoder(in);
		this.reader = new BufferedReader(decoder, 16 * 1024);
		reader.mark(HEADER_LOOKAHEAD);
		int[] counts = new int[2];
		this.blank = scanHeader(reader, counts);
		reader.reset();
		this.separator = counts[0] > counts[1] ? ';' : ',';
	}

	static CsvText open(InputStream in) {
		try {
			return new CsvText(in);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The text, from the start (without the byte order mark), for the CSV parser. */
	Reader reader() {
		return reader;
	}

	boolean isBlank() {
		return blank;
	}

	/** The physical line (from 1) of a character position already read. */
	int lineOf(long position) {
		return decoder.lineOf(position);
	}

	/**
	 * {@code ;} or {@code ,}, whichever the header line has more of outside quotes; a header with neither is a single
	 * column and gets {@code ,}.
	 */
	char separator() {
		return separator;
	}

	/** Counts ; and , on the first non-blank line outside quotes; true when the text has nothing but white space. */
	private static boolean scanHeader(Reader reader, int[] counts) throws IOException {
		int c;
		int read = 0;
		do {
			c = reader.read();
			read++;
		}
		while (c >= 0 && Character.isWhitespace(c) && read < HEADER_LOOKAHEAD - 1);
		if (c < 0) {
			return true;
		}
		boolean quoted = false;
		for (; c >= 0 && read < HEADER_LOOKAHEAD - 1; c = reader.read(), read++) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ';') {
				counts[0]++;
			}
			else if (!quoted && c == ',') {
				counts[1]++;
			}
		}
		return false;
	}

	/** Strict UTF-8 decoding that knows the line of a bad byte and where every line starts. */
	private static final class Decoder extends Reader {

		private final InputStream in;

		private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final ByteBuffer bytes = ByteBuffer.allocate(8 * 1024).flip();

		private boolean endOfInput;

		private boolean flushed;

		private long bytesConsumed;

		private int newlineBytes;

		private long position;

		private boolean started;

		private boolean afterCr;

		private int[] lineStarts = { 0 };

		private int lines = 1;

		Decoder(InputStream in) {
			this.in = in;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			int n;
			do {
				n = readSome(buffer, offset, length);
			}
			while (n == 0);
			return n;
		}

		private int readSome(char[] buffer, int offset, int length) throws IOException {
			CharBuffer out = CharBuffer.wrap(buffer, offset, length);
			boolean needInput = !bytes.hasRemaining();
			while (out.position() == offset) {
				// more bytes when none are left or only the start of a character split at the buffer's end
				if (needInput && !endOfInput) {
					fill();
				}
				int before = bytes.position();
				CoderResult result = utf8.decode(bytes, out, endOfInput);
				count(before, bytes.position());
				if (result.isError()) {
					throw new BadRequestException("line " + (newlineBytes + 1) + ": the file is not valid UTF-8 (byte "
							+ (bytesConsumed + 1) + "); save the spreadsheet as CSV UTF-8");
				}
				needInput = result.isUnderflow();
				if (result.isUnderflow() && endOfInput) {
					if (!flushed) {
						flushed = true;
						utf8.flush(out);
					}
					if (out.position() == offset) {
						return -1;
					}
				}
			}
			return track(buffer, offset, out.position() - offset);
		}

		private void fill() throws IOException {
			bytes.compact();
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (n < 0) {
				endOfInput = true;
			}
			else {
				bytes.position(bytes.position() + n);
			}
			bytes.flip();
		}

		private void count(int from, int to) {
			byte[] array = bytes.array();
			for (int i = from; i < to; i++) {
				if (array[i] == '\n') {
					newlineBytes++;
				}
			}
			bytesConsumed += to - from;
		}

		/** Drops a leading byte order mark and notes where lines start; returns the chars left in the buffer. */
		private int track(char[] buffer, int offset, int n) {
			if (!started) {
				started = true;
				if (n > 0 && buffer[offset] == '\uFEFF') {
					System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
					n--;
					if (n == 0) {
						return 0;
					}
				}
			}
			for (int i = offset; i < offset + n; i++) {
				char c = buffer[i];
				if (afterCr && c != '\n') {
					lineStart(position);
				}
				afterCr = c == '\r';
				position++;
				if (c == '\n') {
					lineStart(position);
				}
			}
			return n;
		}

		private void lineStart(long at) {
			if (lines == lineStarts.length) {
				lineStarts = Arrays.copyOf(lineStarts, lines * 2);
			}
			lineStarts[lines++] = (int) Math.min(at, Integer.MAX_VALUE);
		}

		int lineOf(long at) {
			int found = Arrays.binarySearch(lineStarts, 0, lines, (int) Math.min(at, Integer.MAX_VALUE));
			return found >= 0 ? found + 1 : -found - 1;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

	}

}
