package eu.serviceaudit.advisor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analyses;
import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.analysis.AnalysisService;
import eu.serviceaudit.advisor.audit.AuditRequest;
import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ResponseInput;
import eu.serviceaudit.advisor.plan.PlanStarter;

/**
 * When {@code advisor.demo.enabled} is true and nothing has been analysed yet: analyses the demo audit of Kohvik
 * Päike (2026-Q4), an earlier wave 2026-Q3 derived from it with somewhat worse scores, and starts an action plan on
 * the earlier wave with its two first recommendations.
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

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	DemoData(Analyses analyses, AnalysisService service, PlanStarter plans, JsonMapper json,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.analyses = analyses;
		this.service = service;
		this.plans = plans;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!analyses.list().isEmpty() || !claim()) {
			return;
		}
		AuditRequest q4 = read();
		Analysis earlier = service.analyse(earlierWave(q4, "2026-Q3"));
		Analysis latest = service.analyse(q4);
		if (earlier.recommendations().size() >= 2) {
			plans.start(earlier.id(), List.of(earlier.recommendations().get(0).id(), earlier.recommendations().get(1).id()),
					earlier.client() + " — " + earlier.wave());
		}
		log.info("Loaded the demo audits {} {} and {} (advisor.demo.enabled=false turns this off)", latest.client(),
				earlier.wave(), latest.wave());
	}

	/**
	 * Claims the demo load for this instance: when several start at once on one empty database, only the first to
	 * insert the claim loads the demo, the others start without it.
	 */
	private boolean claim() {
		try {
			jdbc.sql("INSERT INTO startup_claims (name, claimed_at) VALUES ('demo-data', CURRENT_TIMESTAMP)").update();
			return true;
		}
		catch (org.springframework.dao.DuplicateKeyException anotherInstanceLoadsIt) {
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
