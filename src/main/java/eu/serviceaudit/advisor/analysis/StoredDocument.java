package eu.serviceaudit.advisor.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * How an analysis and its audit are kept in {@code analyses.result_doc} / {@code audit_doc} (V86): UTF-8 JSON, deflated
 * at the fastest level. A large audit's documents are megabytes of JSON with the same keys over and over; deflated
 * they are a few percent of that, which is what H2 and PostgreSQL then write (docs/performance.md, issue 10).
 * Public for the tests and tools that read the table directly.
 */
public final class StoredDocument {

	private static final int BUFFER = 64 * 1024;

	private StoredDocument() {
	}

	/** The stored form of this JSON. */
	public static byte[] deflate(byte[] json) {
		return deflate(out -> {
			try {
				out.write(json);
			}
			catch (java.io.IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** The stored form of what {@code writer} writes (JSON, UTF-8), deflated as it is written. */
	public static byte[] deflate(Consumer<OutputStream> writer) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		ByteArrayOutputStream stored = new ByteArrayOutputStream(BUFFER);
		try (DeflaterOutputStream out = new DeflaterOutputStream(stored, deflater, BUFFER)) {
			writer.accept(out);
		}
		catch (java.io.IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return stored.toByteArray();
	}

	/** The JSON (UTF-8) of a stored document, as a stream; closing it frees the inflater. */
	public static InputStream inflating(byte[] stored) {
		return new InflaterInputStream(new ByteArrayInputStream(stored));
	}

	/** The JSON of a stored document. */
	public static String json(byte[] stored) {
		try (InputStream in = inflating(stored)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
