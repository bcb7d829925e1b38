package eu.serviceaudit.advisor.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.LocationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ResponseInput;
import eu.serviceaudit.advisor.system.HelperThreads;

/**
 * Reads a posted audit token by token, for the common case only: every field known and given once, every text a
 * string or null, every score a number or null, every list an array of objects or null, nothing after the audit.
 * Anything else (and any malformed JSON) makes it answer {@code null}, and the caller reads the body again with Jackson's
 * data binding, whose answer and errors (400 naming the field, 413, the 422s of validation) are therefore exactly
 * what they were. For the inputs it accepts it builds the same {@link AuditRequest} that data binding builds.
 *
 * <p>Why: data binding buffers every finding and response in a property-based creator before calling the record's
 * constructor; for an audit of 14,000 of them that was most of reading the request (docs/performance.md, issue 10,
 * fourth round).
 */
public final class PlainAuditJson {

	private static final NotPlain NOT_PLAIN = new NotPlain();

	private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

	private static final Double[] WHOLE = new Double[101];

	static {
		for (int i = 0; i < WHOLE.length; i++) {
			WHOLE[i] = (double) i;
		}
	}

	/**
	 * From this many bytes on, a body in memory is read in two parts on two threads ({@link #read(byte[], int,
	 * Parsers, Executor)}): reading a 1 MB audit took 10-14 ms on one core (docs/performance.md, issue 10).
	 */
	public static final int SPLIT_FROM_BYTES = 256 * 1024;

	private PlainAuditJson() {
	}

	/** Makes a parser over a range of bytes (the mapper's, so that its settings and limits apply to every part). */
	@FunctionalInterface
	public interface Parsers {

		JsonParser over(byte[] bytes, int offset, int length);

	}

	/**
	 * As {@link #read(JsonParser)}, for a body of {@code length} bytes in memory: a large body whose observations can
	 * be cut in two is read as two documents at once, the later observations on a helper thread (or the caller's,
	 * when none is free). The cut is only where one observation object ends and the next begins, with nothing but a
	 * comma and white space between; when either part is not plain, the whole body is read again as one, so that the
	 * answer is always that of {@link #read(JsonParser)}.
	 */
	public static AuditRequest read(byte[] body, int length, Parsers parsers, Executor helpers) {
		if (length >= SPLIT_FROM_BYTES) {
			ObservationsCut cut = ObservationsCut.find(body, length);
			if (cut != null) {
				AuditRequest audit = readInTwo(body, length, cut, parsers, helpers);
				if (audit != null) {
					return audit;
				}
			}
		}
		try (JsonParser parser = parsers.over(body, 0, length)) {
			return read(parser);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static AuditRequest readInTwo(byte[] body, int length, ObservationsCut cut, Parsers parsers,
			Executor helpers) {
		// the later observations as an array of their own
		byte[] later = new byte[cut.arrayEnd() - cut.laterStart() + 2];
		later[0] = '[';
		System.arraycopy(body, cut.laterStart(), later, 1, cut.arrayEnd() - cut.laterStart());
		later[later.length - 1] = ']';
		CompletableFuture<List<ObservationInput>> laterObservations = HelperThreads.supply(helpers, () -> {
			try (JsonParser parser = parsers.over(later, 0, later.length)) {
				List<ObservationInput> observations = observations(parser, parser.nextToken());
				return parser.nextToken() == null ? observations : null;
			}
			catch (NotPlain | JacksonException ex) {
				return null;
			}
		});
		// the body without them: the array closes after the earlier observations
		byte[] earlier = Arrays.copyOf(body, cut.earlierEnd() + length - cut.arrayEnd());
		System.arraycopy(body, cut.arrayEnd(), earlier, cut.earlierEnd(), length - cut.arrayEnd());
		AuditRequest audit;
		try (JsonParser parser = parsers.over(earlier, 0, earlier.length)) {
			audit = read(parser);
		}
		catch (JacksonException ex) {
			audit = null;
		}
		List<ObservationInput> rest = HelperThreads.join(laterObservations);
		if (audit == null || rest == null || audit.observations() == null) {
			return null;
		}
		List<ObservationInput> observations = new ArrayList<>(audit.observations().size() + rest.size());
		observations.addAll(audit.observations());
		observations.addAll(rest);
		return new AuditRequest(audit.client(), audit.wave(), audit.language(), audit.sector(), audit.locations(),
				observations);
	}

	/**
	 * Where the top-level {@code "observations"} array of a body can be cut in two near its middle: the earlier part
	 * ends at {@code earlierEnd} (after an object's closing brace), the later part starts at {@code laterStart} (an
	 * object's opening brace), and the array's closing bracket is at {@code arrayEnd}. Found by one pass over the
	 * bytes that follows strings and nesting only; whether the parts are JSON at all is for the parsers to say.
	 */
	record ObservationsCut(int earlierEnd, int laterStart, int arrayEnd) {

		private static final byte[] NAME = "observations\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		static ObservationsCut find(byte[] b, int length) {
			int depth = 0;
			boolean nameNext = false;
			boolean observationsNamed = false;
			int arrayStart = -1;
			int middle = -1;
			int lastEnd = -1;
			for (int i = 0; i < length; i++) {
				byte c = b[i];
				switch (c) {
					case '"' -> {
						if (depth == 1 && nameNext) {
							if (named(b, i + 1, length)) {
								if (arrayStart >= 0 || observationsNamed) {
									return null;
								}
								observationsNamed = true;
							}
							nameNext = false;
						}
						i = stringEnd(b, i + 1, length);
						if (i < 0) {
							return null;
						}
					}
					case '{', '[' -> {
						depth++;
						if (depth == 1) {
							nameNext = c == '{';
						}
						else if (depth == 2 && observationsNamed && arrayStart < 0) {
							if (c != '[') {
								return null;
							}
							arrayStart = i;
							middle = i + (length - i) / 2;
						}
						else if (depth == 3 && arrayStart >= 0 && c == '{' && i >= middle && lastEnd >= 0) {
							return onlyCommaBetween(b, lastEnd, i) ? cutAt(b, lastEnd, i, length) : null;
						}
					}
					case '}', ']' -> {
						depth--;
						if (depth == 2 && arrayStart >= 0 && c == '}') {
							lastEnd = i + 1;
						}
						else if (depth == 1 && arrayStart >= 0) {
							return null;
						}
					}
					case ',' -> {
						if (depth == 1) {
							nameNext = true;
							if (observationsNamed && arrayStart < 0) {
								return null;
							}
						}
					}
					default -> {
					}
				}
			}
			return null;
		}

		/** The cut, once the end of the array is found past it. */
		private static ObservationsCut cutAt(byte[] b, int earlierEnd, int laterStart, int length) {
			int depth = 3;
			for (int i = laterStart + 1; i < length; i++) {
				byte c = b[i];
				if (c == '"') {
					i = stringEnd(b, i + 1, length);
					if (i < 0) {
						return null;
					}
				}
				else if (c == '{' || c == '[') {
					depth++;
				}
				else if (c == '}' || c == ']') {
					depth--;
					if (depth == 1) {
						return c == ']' ? new ObservationsCut(earlierEnd, laterStart, i) : null;
					}
				}
			}
			return null;
		}

		private static boolean named(byte[] b, int from, int length) {
			return from + NAME.length <= length && Arrays.equals(b, from, from + NAME.length, NAME, 0, NAME.length);
		}

		/** The index of the quote that closes the string whose text starts at {@code from}; -1 if none does. */
		private static int stringEnd(byte[] b, int from, int length) {
			for (int i = from; i < length; i++) {
				if (b[i] == '\\') {
					i++;
				}
				else if (b[i] == '"') {
					return i;
				}
			}
			return -1;
		}

		private static boolean onlyCommaBetween(byte[] b, int from, int to) {
			int commas = 0;
			for (int i = from; i < to; i++) {
				byte c = b[i];
				if (c == ',') {
					commas++;
				}
				else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
					return false;
				}
			}
			return commas == 1;
		}

	}

	/**
	 * The audit in {@code parser} (positioned before its first token), or null when it is not plain JSON of an audit
	 * as described above; the parser is then left anywhere.
	 */
	public static AuditRequest read(JsonParser parser) {
		try {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			AuditRequest audit = audit(parser);
			return parser.nextToken() == null ? audit : null;
		}
		catch (NotPlain | JacksonException ex) {
			return null;
		}
	}

	private static AuditRequest audit(JsonParser p) {
		String client = null;
		String wave = null;
		String language = null;
		String sector = null;
		List<LocationInput> locations = null;
		List<ObservationInput> observations = null;
		int seen = 0;
		for (String name = p.nextName(); name != null; name = p.nextName()) {
			JsonToken value = p.nextToken();
			switch (name) {
				case "client" -> {
					seen = once(seen, 1);
					client = text(p, value);
				}
				case "wave" -> {
					seen = once(seen, 2);
					wave = text(p, value);
				}
				case "language" -> {
					seen = once(seen, 4);
					language = text(p, value);
				}
				case "sector" -> {
					seen = once(seen, 8);
					sector = text(p, value);
				}
				case "locations" -> {
					seen = once(seen, 16);
					locations = locations(p, value);
				}
				case "observations" -> {
					seen = once(seen, 32);
					observations = observations(p, value);
				}
				default -> throw NOT_PLAIN;
			}
		}
		return new AuditRequest(client, wave, language, sector, locations, observations);
	}

	private static List<LocationInput> locations(JsonParser p, JsonToken start) {
		if (start == JsonToken.VALUE_NULL) {
			return null;
		}
		List<LocationInput> locations = new ArrayList<>();
		while (element(p, start)) {
			String id = null;
			String name = null;
			int seen = 0;
			for (String field = p.nextName(); field != null; field = p.nextName()) {
				JsonToken value = p.nextToken();
				switch (field) {
					case "id" -> {
						seen = once(seen, 1);
						id = text(p, value);
					}
					case "name" -> {
						seen = once(seen, 2);
						name = text(p, value);
					}
					default -> throw NOT_PLAIN;
				}
			}
			locations.add(new LocationInput(id, name));
		}
		return locations;
	}

	private static List<ObservationInput> observations(JsonParser p, JsonToken start) {
		if (start == JsonToken.VALUE_NULL) {
			return null;
		}
		List<ObservationInput> observations = new ArrayList<>();
		while (element(p, start)) {
			String id = null;
			String method = null;
			String locationId = null;
			String channel = null;
			String date = null;
			List<FindingInput> findings = null;
			List<ResponseInput> responses = null;
			int seen = 0;
			for (String field = p.nextName(); field != null; field = p.nextName()) {
				JsonToken value = p.nextToken();
				switch (field) {
					case "id" -> {
						seen = once(seen, 1);
						id = text(p, value);
					}
					case "method" -> {
						seen = once(seen, 2);
						method = text(p, value);
					}
					case "locationId" -> {
						seen = once(seen, 4);
						locationId = text(p, value);
					}
					case "channel" -> {
						seen = once(seen, 8);
						channel = text(p, value);
					}
					case "date" -> {
						seen = once(seen, 16);
						date = text(p, value);
					}
					case "findings" -> {
						seen = once(seen, 32);
						findings = findings(p, value);
					}
					case "responses" -> {
						seen = once(seen, 64);
						responses = responses(p, value);
					}
					default -> throw NOT_PLAIN;
				}
			}
			observations.add(new ObservationInput(id, method, locationId, channel, date, findings, responses));
		}
		return observations;
	}

	private static List<FindingInput> findings(JsonParser p, JsonToken start) {
		if (start == JsonToken.VALUE_NULL) {
			return null;
		}
		List<FindingInput> findings = new ArrayList<>();
		while (element(p, start)) {
			String criterion = null;
			Double score = null;
			Double min = null;
			Double max = null;
			String comment = null;
			int seen = 0;
			for (String field = p.nextName(); field != null; field = p.nextName()) {
				JsonToken value = p.nextToken();
				switch (field) {
					case "criterion" -> {
						seen = once(seen, 1);
						criterion = text(p, value);
					}
					case "score" -> {
						seen = once(seen, 2);
						score = number(p, value);
					}
					case "min" -> {
						seen = once(seen, 4);
						min = number(p, value);
					}
					case "max" -> {
						seen = once(seen, 8);
						max = number(p, value);
					}
					case "comment" -> {
						seen = once(seen, 16);
						comment = text(p, value);
					}
					default -> throw NOT_PLAIN;
				}
			}
			findings.add(new FindingInput(criterion, score, min, max, comment));
		}
		return findings;
	}

	private static List<ResponseInput> responses(JsonParser p, JsonToken start) {
		if (start == JsonToken.VALUE_NULL) {
			return null;
		}
		List<ResponseInput> responses = new ArrayList<>();
		while (element(p, start)) {
			Double recommend = null;
			Double satisfaction = null;
			Double effort = null;
			String comment = null;
			int seen = 0;
			for (String field = p.nextName(); field != null; field = p.nextName()) {
				JsonToken value = p.nextToken();
				switch (field) {
					case "recommend" -> {
						seen = once(seen, 1);
						recommend = number(p, value);
					}
					case "satisfaction" -> {
						seen = once(seen, 2);
						satisfaction = number(p, value);
					}
					case "effort" -> {
						seen = once(seen, 4);
						effort = number(p, value);
					}
					case "comment" -> {
						seen = once(seen, 8);
						comment = text(p, value);
					}
					default -> throw NOT_PLAIN;
				}
			}
			responses.add(new ResponseInput(recommend, satisfaction, effort, comment));
		}
		return responses;
	}

	/**
	 * Steps to the next element of the array that {@code start} opened: true when it is an object (the parser is then
	 * on its start), false at the array's end; anything else (a null or a scalar element, no array) is not plain.
	 */
	private static boolean element(JsonParser p, JsonToken start) {
		if (start != JsonToken.START_ARRAY) {
			throw NOT_PLAIN;
		}
		JsonToken next = p.nextToken();
		if (next == JsonToken.START_OBJECT) {
			return true;
		}
		if (next == JsonToken.END_ARRAY) {
			return false;
		}
		throw NOT_PLAIN;
	}

	/** A duplicate field is not plain: data binding decides which value counts. */
	private static int once(int seen, int field) {
		if ((seen & field) != 0) {
			throw NOT_PLAIN;
		}
		return seen | field;
	}

	/** A string or null; numbers and booleans that data binding would coerce to text are not plain. */
	private static String text(JsonParser p, JsonToken value) {
		if (value == JsonToken.VALUE_STRING) {
			return p.getString();
		}
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		throw NOT_PLAIN;
	}

	/** A JSON number read as a double (as data binding reads a {@code Double}) or null; a string is not plain. */
	private static Double number(JsonParser p, JsonToken value) {
		if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
			return boxed(p.getDoubleValue());
		}
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		throw NOT_PLAIN;
	}

	/**
	 * The same value, boxed once for the whole numbers of scores and scales (0 to 100) rather than once per field:
	 * 36,000 numbers of a large audit are mostly these, and nothing compares their boxes by identity.
	 */
	static Double boxed(double value) {
		int whole = (int) value;
		if (whole == value && whole >= 0 && whole < WHOLE.length && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
			return WHOLE[whole];
		}
		return value;
	}

	/** Not an error: "read it with data binding". Shared and without a stack trace, as it carries nothing. */
	private static final class NotPlain extends RuntimeException {

		NotPlain() {
			super("not plain", null, false, false);
		}

	}

}
