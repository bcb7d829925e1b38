package eu.serviceaudit.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;


/**
 * A large posted audit is read in two parts at once: the audit read is the one a single pass reads, and whatever a
 * single pass declines (not plain, not JSON) is declined too, wherever the cut falls.
 */
class PlainAuditJsonSplitTests {

	static final ObjectReader reader = JsonMapper.builder().build().readerFor(AuditRequest.class);

	final CountingHelpers counting = new CountingHelpers();

	@AfterEach
	void stopHelpers() {
		counting.close();
	}

	@Test
	void aLargePlainAuditIsReadInTwoPartsAsOnePassReadsIt() {
		byte[] body = large(600, this::observation);
		assertThat(body.length).isGreaterThan(PlainAuditJson.SPLIT_FROM_BYTES);

		AuditRequest split = readInParts(body);

		assertThat(counting.handedOver()).isEqualTo(1);
		assertThat(split).isNotNull().isEqualTo(readAsOne(body));
		assertThat(split.observations()).hasSize(600);
		assertThat(split.observations().get(599).id()).isEqualTo("MS-599");
	}

	@Test
	void textThatLooksLikeStructureDoesNotMoveTheCut() {
		byte[] body = large(600, i -> observation(i).replace("\"comment\": \"ok\"",
				"\"comment\": \"} ], \\\"observations\\\": [ { \\\\\""));

		assertThat(readInParts(body)).isNotNull().isEqualTo(readAsOne(body));
	}

	@Test
	void whatOnePassDeclinesIsDeclinedWhereverTheCutFalls() {
		byte[] base = large(600, this::observation);
		PlainAuditJson.ObservationsCut cut = PlainAuditJson.ObservationsCut.find(base, base.length);
		assertThat(cut).isNotNull();
		String text = new String(base, StandardCharsets.UTF_8);
		String before = new String(base, 0, cut.earlierEnd(), StandardCharsets.UTF_8);
		String after = new String(base, cut.laterStart(), base.length - cut.laterStart(), StandardCharsets.UTF_8);
		assertThat(before).endsWith("}");
		assertThat(after).startsWith("{ \"id\"");
		List<String> declined = new ArrayList<>();
		// no comma, two commas, something else between the two observations of the cut
		declined.add(before + " " + after);
		declined.add(before + ",," + after);
		declined.add(before + ", null, " + after);
		// the first observation after the cut, or the last one, not plain
		declined.add(before + "," + after.replaceFirst("\"method\"", "\"weight\": 2, \"method\""));
		declined.add(text.replace("\"id\": \"MS-599\"", "\"id\": 599"));
		// cut off, or something after the audit
		declined.add(text.substring(0, text.length() - 3));
		declined.add(text + " {}");
		// the observations twice
		declined.add(text.replaceFirst("\"wave\"", "\"observations\": [], \"wave\""));
		for (String body : declined) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			assertThat(readAsOne(bytes)).isNull();
			assertThat(readInParts(bytes)).isNull();
		}
	}

	@Test
	void anAuditWhoseObservationsCannotBeFoundByNameIsReadInOnePass() {
		// an escaped name is still "observations" to the parser, and the locations may come last
		for (String body : List.of(
				new String(large(600, this::observation), StandardCharsets.UTF_8).replace("\"observations\"",
						"\"observ\\u0061tions\""),
				new String(large(600, this::observation), StandardCharsets.UTF_8)
					.replace("\"locations\": [ { \"id\": \"TLN-1\", \"name\": \"Tallinn\" } ],", "")
					.replaceFirst("\\}\\s*$", ", \"locations\": [ { \"id\": \"TLN-1\", \"name\": \"Tallinn\" } ] }"))) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			AuditRequest one = readAsOne(bytes);
			assertThat(one).isNotNull();
			assertThat(readInParts(bytes)).isEqualTo(one);
		}
	}

	@Test
	void aSmallAuditIsReadInOnePass() {
		byte[] body = large(20, this::observation);

		assertThat(readInParts(body)).isNotNull().isEqualTo(readAsOne(body));
		assertThat(counting.handedOver()).isEqualTo(0);
	}

	AuditRequest readInParts(byte[] body) {
		return PlainAuditJson.read(body, body.length, reader::createParser, counting);
	}

	static AuditRequest readAsOne(byte[] body) {
		try {
			return PlainAuditJson.read(reader.createParser(body));
		}
		catch (tools.jackson.core.JacksonException ex) {
			return null;
		}
	}

	String observation(int i) {
		StringBuilder findings = new StringBuilder();
		for (int f = 0; f < 8; f++) {
			findings.append(f == 0 ? "" : ",\n      ")
				.append("{ \"criterion\": \"GREETING\", \"score\": ")
				.append((i + f) % 5)
				.append(", \"min\": 0, \"max\": 4, \"comment\": \"ok\" }");
		}
		return "{ \"id\": \"MS-" + i + "\", \"method\": \"MYSTERY_SHOP\", \"locationId\": \"TLN-1\", \"date\": \"2026-10-02\","
				+ "\n    \"findings\": [ " + findings + " ] }";
	}

	static byte[] large(int observations, IntFunction<String> observation) {
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < observations; i++) {
			all.append(i == 0 ? "" : ",\n  ").append(observation.apply(i));
		}
		return ("{ \"client\": \"Kohvik Päike OÜ\", \"wave\": \"2026-Q4\", \"language\": \"et\",\n"
				+ "  \"locations\": [ { \"id\": \"TLN-1\", \"name\": \"Tallinn\" } ],\n  \"observations\": [\n  " + all
				+ "\n  ]\n}\n").getBytes(StandardCharsets.UTF_8);
	}

}
