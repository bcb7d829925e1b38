package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.system.HelperThreads;
import eu.serviceaudit.advisor.waves.ThreeWaveClient;

/**
 * An analysis is stored while its rules run (its audit's part on a helper, its alerts' follow-ups once the rules
 * raised them, the rest once the rules are done): what is stored is what storing it in one go stores, and nothing at
 * all is stored when the rules fail, before or after they raised the alerts.
 */
@Import(StoredAlongsideTests.FollowUpsWritten.class)
class StoredAlongsideTests extends ApiTestSupport {

	@Autowired
	AnalysisService service;

	@Autowired
	AuditValidator validator;

	@Autowired
	AuditAnalyser analyser;

	@Autowired
	Analyses analyses;

	@Autowired
	AuditDocuments documents;

	@Autowired
	HelperThreads helpers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpsWritten followUpsWritten;

	/** After the follow-ups' own listener ({@code @Order} 0): how many follow-ups the storing transaction holds. */
	@TestComponent
	static class FollowUpsWritten {

		final CompletableFuture<Long> seen = new CompletableFuture<>();

		private final JdbcClient jdbc;

		FollowUpsWritten(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@EventListener
		@Order(1)
		void raised(AlertsRaised raised) {
			if (raised.audit().client().equals("Late Failure OÜ")) {
				seen.complete(jdbc.sql("SELECT COUNT(*) FROM alert_followups WHERE analysis_id = :id")
					.param("id", raised.analysisId())
					.query(Long.class)
					.single());
			}
		}

	}

	@Test
	void storedAlongsideTheRulesAsInOneGo() {
		Audit alongside = audit("Alongside OÜ");
		Audit inOneGo = audit("In One Go OÜ");

		String first = service.analyse(alongside).id();
		String second = analyses.add(inOneGo, analyser.analyse(inOneGo)).id();

		assertThat(rowsOf(first)).isEqualTo(rowsOf(second));
		assertThat(analyses.get(first).alerts()).isNotEmpty().isEqualTo(analyses.get(second).alerts());
		assertThat(analyses.findAudit(first)).contains(alongside);
	}

	@Test
	void whenTheRulesFailNothingIsStoredAndTheirExceptionIsThrown() {
		IllegalStateException broken = new IllegalStateException("a rule broke");
		AnalysisService failing = new AnalysisService(validator, audit -> {
			throw broken;
		}, analyses, documents);

		Throwable thrown = catchThrowable(() -> failing.analyse(audit("Broken Rules OÜ")));

		assertThat(thrown).isSameAs(broken);
		for (String table : List.of("analyses", "engagements", "wave_summaries", "alert_followups")) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE client = 'Broken Rules OÜ'")
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	@Test
	void whenTheRulesFailAfterRaisingTheAlertsTheirFollowUpsAreRolledBack() {
		IllegalStateException broken = new IllegalStateException("a rule broke after the alerts");
		AnalysisService failing = new AnalysisService(validator, new AuditAnalyser() {
			@Override
			public Analysis analyse(Audit audit) {
				throw broken;
			}

			@Override
			public Analysis analyse(Audit audit, Consumer<List<Analysis.Alert>> alertsRaised) {
				alertsRaised.accept(analyser.analyse(audit).alerts());
				// fails only once the helper has written the follow-ups in its transaction
				HelperThreads.join(followUpsWritten.seen.copy().orTimeout(30, TimeUnit.SECONDS));
				throw broken;
			}
		}, analyses, documents);

		Throwable thrown = catchThrowable(() -> failing.analyse(audit("Late Failure OÜ")));

		assertThat(thrown).isSameAs(broken);
		assertThat(followUpsWritten.seen).isCompletedWithValueMatching(written -> written > 0);
		for (String table : List.of("analyses", "engagements", "wave_summaries", "alert_followups")) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE client = 'Late Failure OÜ'")
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	@Test
	void whenEveryHelperIsBusyTheRequestStoresItAfterTheRules() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<CompletableFuture<Object>> occupied = new ArrayList<>();
		for (Optional<CompletableFuture<Object>> taken = occupy(release); taken.isPresent(); taken = occupy(release)) {
			occupied.add(taken.get());
		}
		String id;
		try {
			// were it handed to a helper all the same, it would wait for itself
			id = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> service.analyse(audit("Busy Helpers OÜ")).id());
		}
		finally {
			release.countDown();
		}

		assertThat(occupied).isNotEmpty();
		assertThat(analyses.get(id).alerts()).isNotEmpty();
		assertThat(rowsOf(id)).isEqualTo(rowsOf(service.analyse(audit("Free Helpers OÜ")).id()));
	}

	private Optional<CompletableFuture<Object>> occupy(CountDownLatch release) {
		return helpers.trySupply(() -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		});
	}

	/** The client's three-wave audit, wave 3, under another client name. */
	private Audit audit(String client) {
		AuditRequest request = json.convertValue(ThreeWaveClient.audit(3), AuditRequest.class);
		return validator.validate(new AuditRequest(client, request.wave(), request.language(), request.sector(),
				request.locations(), request.observations()));
	}

	/** Everything stored for one analysis, without what differs by design (ids, times, the client's name). */
	private List<Object> rowsOf(String id) {
		List<Object> rows = new ArrayList<>();
		rows.add(jdbc.sql("""
				SELECT wave, language, rules_version, overall_score, alert_count, latest_observed_on, archived_at,
				    audit_json, result_json
				FROM analyses WHERE id = :id""").param("id", id).query().listOfRows());
		rows.add(jdbc.sql("SELECT COUNT(*) FROM analyses WHERE id = :id AND audit_doc IS NOT NULL AND result_doc IS NOT NULL")
			.param("id", id).query(Long.class).single());
		rows.add(jdbc.sql("""
				SELECT seq, observation_id, location_id, criterion, kind, severity, reason, due, status, version
				FROM alert_followups WHERE analysis_id = :id ORDER BY seq""").param("id", id).query().listOfRows());
		rows.add(jdbc.sql("""
				SELECT wave, wave_date, observations, findings, responses, overall_score, nps, nps_margin, nps_responses,
				    csat, ces
				FROM wave_summaries WHERE analysis_id = :id""").param("id", id).query().listOfRows());
		for (String table : List.of("wave_criteria", "wave_location_criteria", "wave_locations")) {
			rows.add(jdbc.sql("SELECT * FROM " + table + " WHERE analysis_id = :id ORDER BY 2, 3")
				.param("id", id)
				.query()
				.listOfRows()
				.stream()
				.map(row -> {
					Map<String, Object> copy = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
					copy.putAll(row);
					copy.remove("analysis_id");
					return copy;
				})
				.toList());
		}
		return rows;
	}

}
