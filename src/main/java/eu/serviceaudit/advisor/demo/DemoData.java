package eu.serviceaudit.advisor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ResponseInput;
import eu.serviceaudit.advisor.engagement.Engagements;
import eu.serviceaudit.advisor.plan.PlanStarter;

/**
 * When {@code advisor.demo.enabled} is true, nothing has been analysed yet and no other instance on the same
 * database has claimed the demo (it loads once per database): analyses the demo audit of Kohvik
 * Päike (2026-Q4), two earlier waves 2026-Q3 and 2026-Q2 derived from it with somewhat worse scores each, starts an
 * action plan on 2026-Q3 with its two first recommendations (their KPIs are checked in 2026-Q4), and sets the
 * client's rhythm to quarterly with the demo manager as its manager. The comparison, the trend, the KPI verdicts,
 * the alert worklist and the key drivers all have something to show.
 */
@Component
@ConditionalOnProperty(name = "advisor.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String DEMO_AUDIT = "demo/kohvik-paike-2026q4.json";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Analyses analyses;

	private final AnalysisService service;

	private final PlanStarter plans;

	private final JsonMapper json;

	private final Engagements engagements;

	private final JdbcClient jdbc;

	DemoData(Analyses analyses, AnalysisService service, PlanStarter plans, JsonMapper json, Engagements engagements,
			JdbcClient jdbc) {
		this.engagements = engagements;
		this.jdbc = jdbc;
		this.analyses = analyses;
		this.service = service;
		this.plans = plans;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!claim()) {
			return;
		}
		if (!analyses.list().isEmpty()) {
			return;
		}
		AuditRequest q4 = read();
		AuditRequest q3 = earlierWave(q4, "2026-Q3");
		service.analyse(earlierWave(q3, "2026-Q2"));
		Analysis earlier = service.analyse(q3);
		Analysis latest = service.analyse(q4);
		// the client is re-audited every quarter and followed by the demo manager (their dashboard shows it)
		engagements.set(latest.client(), new Engagements.Settings(Engagements.Rhythm.QUARTERLY, null, "manager"));
		if (earlier.recommendations().size() >= 2) {
			plans.start(earlier.id(), List.of(earlier.recommendations().get(0).id(), earlier.recommendations().get(1).id()),
					earlier.client() + " — " + earlier.wave());
		}
		log.info("Loaded the demo audits {} 2026-Q2, {} and {} (advisor.demo.enabled=false turns this off)",
				latest.client(), earlier.wave(), latest.wave());
	}

	/**
	 * The first instance to start on a database claims the demo (a row keyed by its name) and loads it; every other
	 * instance, at the same moment or later, finds the claim and leaves it. An instance that dies while loading leaves
	 * the demo half loaded rather than loaded twice.
	 */
	private boolean claim() {
		try {
			jdbc.sql("INSERT INTO demo_loads (name, loaded_at) VALUES (:name, :at)")
				.param("name", DEMO_AUDIT)
				.param("at", Timestamp.from(Instant.now()))
				.update();
			return true;
		}
		catch (DuplicateKeyException loadedByAnotherInstance) {
			return false;
		}
	}

	private AuditRequest read() {
		try (InputStream in = new ClassPathResource(DEMO_AUDIT).getInputStream()) {
			return json.readValue(in, AuditRequest.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEMO_AUDIT, ex);
		}
	}

	/**
	 * The same audit a quarter earlier with somewhat worse results: every third finding one step lower (binary
	 * criteria fail), every second survey answer one point lower.
	 */
	static AuditRequest earlierWave(AuditRequest audit, String wave) {
		List<ObservationInput> observations = new ArrayList<>();
		int n = 0;
		for (ObservationInput o : audit.observations()) {
			List<FindingInput> findings = new ArrayList<>();
			for (FindingInput f : o.findings() == null ? List.<FindingInput>of() : o.findings()) {
				double min = f.min() == null ? 0 : f.min();
				double score = f.score();
				if (n++ % 3 == 0) {
					double step = f.max() - min <= 1 ? f.max() - min : 1;
					score = Math.max(min, score - step);
				}
				findings.add(new FindingInput(f.criterion(), score, f.min(), f.max(), f.comment()));
			}
			List<ResponseInput> responses = new ArrayList<>();
			List<ResponseInput> given = o.responses() == null ? List.of() : o.responses();
			for (int i = 0; i < given.size(); i++) {
				ResponseInput r = given.get(i);
				boolean lower = i % 2 == 0;
				responses.add(new ResponseInput(lower(r.recommend(), lower, 0), lower(r.satisfaction(), lower, 1),
						r.effort() == null ? null : lower ? Math.min(7, r.effort() + 1) : r.effort(), r.comment()));
			}
			String date = o.date() == null ? null : LocalDate.parse(o.date()).minusDays(91).toString();
			observations.add(new ObservationInput(o.id(), o.method(), o.locationId(), o.channel(), date,
					o.findings() == null ? null : findings, o.responses() == null ? null : responses));
		}
		return new AuditRequest(audit.client(), wave, audit.language(), audit.locations(), observations);
	}

	private static Double lower(Double value, boolean lower, int min) {
		return value == null ? null : lower ? Math.max(min, value - 1) : value;
	}

}
