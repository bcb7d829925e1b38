package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.criteria.Scope;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.support.ApiTestSupport;

/** POST /api/analyses with the shared sample: the answer obeys every rule of CONTRACT.md section 5. */
class AnalysisContractTests extends ApiTestSupport {

	static final String SAMPLE = "/samples/kohvik-paike-2026q4.json";

	@Autowired
	CriteriaCatalogue catalogue;

	@Autowired
	CurrentKnowledgeBase knowledge;

	@Test
	void shouldAnswerTheSampleWith201AndALocationThatGivesTheSameBody() throws Exception {
		MvcResult created = mvc.perform(post("/api/analyses").with(as("consultant"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(resource(SAMPLE)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn();
		JsonNode answer = read(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String location = created.getResponse().getHeader("Location");

		assertThat(location).isEqualTo("/api/analyses/" + answer.get("id").asString());
		String again = mvc.perform(get(location).with(as("manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read(again)).isEqualTo(answer);
		assertThat(answer.get("rulesVersion").asString()).hasSize(12);
		assertThat(answer.get("createdAt").asString()).isNotBlank();
	}

	@Test
	void shouldComputeTheSampleFiguresAsTheContractDefinesThem() throws Exception {
		JsonNode audit = read(resource(SAMPLE));
		JsonNode answer = analyseSample();

		Map<String, List<double[]>> scores = new HashMap<>(); // criterion -> [normalised, failed]
		Map<String, Set<String>> failingLocations = new HashMap<>();
		Map<String, List<String>> failingRefs = new HashMap<>();
		int findings = 0;
		int responses = 0;
		for (JsonNode observation : audit.get("observations")) {
			for (JsonNode finding : observation.path("findings")) {
				findings++;
				String criterion = finding.get("criterion").asString();
				double min = finding.path("min").asDouble(0);
				double normalised = (finding.get("score").asDouble() - min) / (finding.get("max").asDouble() - min);
				scores.computeIfAbsent(criterion, k -> new ArrayList<>()).add(new double[] { normalised });
				if (normalised < 0.5) {
					failingLocations.computeIfAbsent(criterion, k -> new HashSet<>())
						.add(observation.get("locationId").asString());
					failingRefs.computeIfAbsent(criterion, k -> new ArrayList<>())
						.add(observation.get("id").asString() + "/" + criterion);
				}
			}
			responses += observation.path("responses").size();
		}
		assertThat(answer.at("/summary/observations").asInt()).isEqualTo(audit.get("observations").size());
		assertThat(answer.at("/summary/findings").asInt()).isEqualTo(findings);
		assertThat(answer.at("/summary/responses").asInt()).isEqualTo(responses);
		assertThat(answer.get("criteria")).hasSize(scores.size());
		double sumOfScores = 0;
		for (JsonNode result : answer.get("criteria")) {
			String code = result.get("criterion").asString();
			List<double[]> values = scores.get(code);
			int n = values.size();
			int f = failingRefs.getOrDefault(code, List.of()).size();
			double mean = values.stream().mapToDouble(v -> v[0]).average().orElseThrow();
			sumOfScores += mean;
			assertThat(result.get("observations").asInt()).as(code).isEqualTo(n);
			assertThat(result.get("failures").asInt()).as(code).isEqualTo(f);
			assertThat(result.get("score").asDouble()).as(code).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(result.get("failureRate").asDouble()).as(code).isEqualTo((double) f / n);
			assertThat(result.get("locations").asInt()).as(code)
				.isEqualTo(failingLocations.getOrDefault(code, Set.of()).size());
			String expected = f >= 3 && (double) f / n >= 0.6 ? "SYSTEMIC"
					: f >= 2 && (double) f / n >= 0.3 ? "RECURRING" : f >= 1 ? "ISOLATED" : "NONE";
			if (expected.equals("NONE")) {
				// CONTRACT.md 10: without failures, below standard or named by three negative comments
				assertThat(result.get("pattern").asString()).as(code).isIn("NONE", "BELOW_STANDARD", "CUSTOMER_VOICE");
				assertThat(result.get("pattern").asString().equals("BELOW_STANDARD")).as(code)
					.isEqualTo(n >= 3 && mean < 0.7);
			}
			else {
				assertThat(result.get("pattern").asString()).as(code).isEqualTo(expected);
			}
		}
		assertThat(answer.at("/summary/overallScore").asDouble())
			.isCloseTo(sumOfScores / scores.size(), org.assertj.core.data.Offset.offset(1e-9));
		assertThat(answer.get("weaknesses")).isNotEmpty();
		assertThat(answer.get("recommendations")).isNotEmpty();
		assertThat(answer.get("alerts")).isNotEmpty();
		assertThat(answer.at("/summary/nps").isNumber()).isTrue();
	}

	@Test
	void shouldObeyEveryRecommendationRuleOfTheContract() throws Exception {
		JsonNode answer = analyseSample();
		Map<String, JsonNode> criteria = new HashMap<>();
		answer.get("criteria").forEach(c -> criteria.put(c.get("criterion").asString(), c));

		Set<String> weaknesses = new HashSet<>();
		for (JsonNode weakness : answer.get("weaknesses")) {
			String code = weakness.get("criterion").asString();
			weaknesses.add(code);
			assertThat(weakness.get("pattern").asString()).isNotEqualTo("NONE")
				.isEqualTo(criteria.get(code).get("pattern").asString());
		}
		assertThat(weaknesses).as("every criterion with a pattern is a weakness")
			.isEqualTo(criteria.values()
				.stream()
				.filter(c -> !c.get("pattern").asString().equals("NONE"))
				.map(c -> c.get("criterion").asString())
				.collect(java.util.stream.Collectors.toSet()));
		for (JsonNode strength : answer.get("strengths")) {
			JsonNode c = criteria.get(strength.get("criterion").asString());
			assertThat(c.get("observations").asInt()).isGreaterThanOrEqualTo(2);
			assertThat(c.get("failures").asInt()).isZero();
			assertThat(c.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
		}

		Set<String> addressed = new HashSet<>();
		Set<String> ids = new HashSet<>();
		double previousPriority = Double.MAX_VALUE;
		int expectedRank = 1;
		for (JsonNode recommendation : answer.get("recommendations")) {
			assertThat(ids.add(recommendation.get("id").asString())).as("ids are unique").isTrue();
			assertThat(recommendation.get("rank").asInt()).isEqualTo(expectedRank++);
			double priority = recommendation.get("priorityScore").asDouble();
			assertThat(priority).isBetween(0.0, 1.0).isLessThanOrEqualTo(previousPriority);
			previousPriority = priority;
			String code = recommendation.get("addresses").get(0).asString();
			addressed.add(code);
			Criterion criterion = catalogue.find(code).orElseThrow();
			String kind = recommendation.get("kind").asString();
			String pattern = recommendation.get("pattern").asString();
			assertThat(pattern).isEqualTo(criteria.get(code).get("pattern").asString());
			if (criterion.scope() == Scope.ORGANISATION) {
				assertThat(kind).as(code + " is an organisation criterion").isEqualTo("PROCESS");
			}
			else if (pattern.equals("ISOLATED")) {
				assertThat(kind).as(code).isEqualTo("COACHING");
			}
			else if (pattern.equals("RECURRING")) {
				assertThat(kind).as(code).isEqualTo("TRAINING");
			}
			else {
				assertThat(kind).as(code).isIn("PROCESS", "TRAINING");
				assertThat(recommendation.get("horizon").asString()).as(code).isIn("NOW", "30_DAYS");
			}
			if (!kind.equals("COACHING") && criterion.trainable()) {
				assertThat(recommendation.get("trainingActions")).as(code + " " + kind).isNotEmpty();
				for (JsonNode action : recommendation.get("trainingActions")) {
					Article exercise = knowledge.get().find(action.get("articleId").asString()).orElseThrow();
					assertThat(exercise.type()).isEqualTo(ArticleType.EXERCISE);
					assertThat(exercise.criteria()).contains(code);
					assertThat(action.get("durationMinutes").asInt()).isPositive();
					assertThat(action.get("format").asString()).isEqualTo(exercise.format().name());
				}
			}
			assertThat(recommendation.get("title").asString()).isNotBlank();
			assertThat(recommendation.get("summary").asString()).isNotBlank();
			assertThat(recommendation.at("/kpi/name").asString()).isNotBlank();
			assertThat(recommendation.at("/kpi/criterion").asString()).isEqualTo(code);
			assertThat(recommendation.get("dimension").asString()).isEqualTo(criterion.dimension());
			assertThat(knowledge.get().find(recommendation.get("articleId").asString())).isPresent();
			assertThat(recommendation.at("/rationale/rule").asString()).isNotBlank();
			List<String> cited = new ArrayList<>();
			recommendation.at("/rationale/findings").forEach(f -> cited.add(f.asString()));
			assertThat(cited).as("every failing finding, nothing else").hasSize(criteria.get(code).get("failures").asInt());
			assertThat(cited).allSatisfy(ref -> assertThat(ref).endsWith("/" + code));
		}
		assertThat(addressed).as("every weakness is addressed").containsAll(weaknesses);
		assertRankingProperties(answer.get("recommendations"), answer.get("diagnoses"));
	}

	/**
	 * Wider pattern first at equal criticality; critical first at equal pattern. The process change of a missing
	 * standard (CONTRACT.md 10, MISSING_STANDARD) is the one exception and is left out here.
	 */
	private void assertRankingProperties(JsonNode recommendations, JsonNode diagnoses) {
		Set<String> standards = new HashSet<>();
		diagnoses.forEach(d -> {
			if (d.get("kind").asString().equals("MISSING_STANDARD")) {
				standards.add(d.get("criteria").get(0).asString());
			}
		});
		List<JsonNode> list = new ArrayList<>();
		recommendations.forEach(r -> {
			if (!(r.get("kind").asString().equals("PROCESS") && standards.contains(r.get("addresses").get(0).asString()))) {
				list.add(r);
			}
		});
		for (int i = 0; i < list.size(); i++) {
			for (int j = i + 1; j < list.size(); j++) {
				JsonNode higher = list.get(i);
				JsonNode lower = list.get(j);
				boolean higherCritical = critical(higher);
				boolean lowerCritical = critical(lower);
				int higherWidth = width(higher.get("pattern").asString());
				int lowerWidth = width(lower.get("pattern").asString());
				if (higherCritical == lowerCritical) {
					assertThat(higherWidth).as(higher.get("id") + " before " + lower.get("id"))
						.isGreaterThanOrEqualTo(lowerWidth);
				}
				if (higherWidth == lowerWidth) {
					assertThat(!lowerCritical || higherCritical).as(higher.get("id") + " before " + lower.get("id"))
						.isTrue();
				}
			}
		}
	}

	private boolean critical(JsonNode recommendation) {
		return catalogue.find(recommendation.get("addresses").get(0).asString()).orElseThrow().critical();
	}

	private static int width(String pattern) {
		return switch (pattern) {
			case "SYSTEMIC" -> 5;
			case "RECURRING" -> 4;
			case "CUSTOMER_VOICE" -> 3;
			case "BELOW_STANDARD" -> 2;
			case "ISOLATED" -> 1;
			default -> 0;
		};
	}

	@Test
	void shouldRaiseAnAlertForEveryDetractorWithACommentAndEveryCriticalFindingAtItsMinimum() throws Exception {
		JsonNode audit = read(resource(SAMPLE));
		JsonNode answer = analyseSample();

		List<String> expected = new ArrayList<>();
		for (JsonNode observation : audit.get("observations")) {
			String id = observation.get("id").asString();
			for (JsonNode response : observation.path("responses")) {
				if (response.has("recommend") && response.get("recommend").asInt() <= 6
						&& !response.path("comment").asString("").isBlank()) {
					expected.add(id + "/-");
				}
			}
			for (JsonNode finding : observation.path("findings")) {
				String code = finding.get("criterion").asString();
				if (catalogue.find(code).orElseThrow().critical()
						&& finding.get("score").asDouble() <= finding.path("min").asDouble(0)) {
					expected.add(id + "/" + code);
				}
			}
		}
		List<String> actual = new ArrayList<>();
		for (JsonNode alert : answer.get("alerts")) {
			actual.add(alert.get("observationId").asString() + "/"
					+ (alert.get("criterion").isNull() ? "-" : alert.get("criterion").asString()));
			assertThat(alert.get("severity").asString()).isIn("HIGH", "MEDIUM");
			assertThat(alert.get("reason").asString()).isNotBlank().doesNotContain("analysis.alert");
		}
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void shouldWordTitlesSummariesAndAlertsInTheRequestedLanguage() throws Exception {
		ObjectNode audit = (ObjectNode) read(resource(SAMPLE));
		audit.put("language", "et");

		JsonNode answer = analyse(json.writeValueAsString(audit));

		assertThat(answer.get("language").asString()).isEqualTo("et");
		JsonNode first = answer.get("recommendations").get(0);
		Article article = knowledge.get().find(first.get("articleId").asString()).orElseThrow();
		assertThat(first.get("title").asString())
			.startsWith(article.text(eu.serviceaudit.advisor.system.Language.ET).title())
			.doesNotContain(article.text(eu.serviceaudit.advisor.system.Language.EN).title());
		assertThat(answer.get("alerts").get(0).get("reason").asString()).containsAnyOf("kahe päeva", "nädala jooksul");
	}

}
