package eu.serviceaudit.advisor.imports;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import tools.jackson.databind.json.JsonMapper;

import eu.serviceaudit.advisor.analysis.Analysis;
import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.AuditValidator;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.criteria.Criterion;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.rules.AnalysisAssembler;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseLoader;
import eu.serviceaudit.advisor.rules.RuleEngine;
import eu.serviceaudit.advisor.rules.RuleOutcome;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.MessageBundles;
import eu.serviceaudit.advisor.system.admission.AdmissionProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Heap kept alive per finding on the import path, stage by stage, as a CSV import holds them together: the rows read
 * from the CSV, the validated audit, the rule session at its fullest, the assembled analysis and the two JSON texts
 * stored. Each figure is the used heap after a full GC minus the heap before the import, divided by the findings.
 * Also the bytes allocated in all (garbage included). Run: docs/performance.md, "Memory per finding".
 */
public final class FindingMemoryBenchmark {

	private FindingMemoryBenchmark() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length == 0 ? new int[] { 10_000, 50_000 }
				: java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		CriteriaCatalogue catalogue = CriteriaCatalogue.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));
		KnowledgeBase knowledge = new KnowledgeBaseLoader(catalogue).load(ContentFolder.fromDirectory(Path.of("knowledge-base")));
		AnalysisAssembler assembler = new AnalysisAssembler(catalogue, knowledge, MessageBundles.standalone());
		RuleBase rules = new RuleBaseLoader().load(ContentFolder.fromDirectory(Path.of("rules")));
		AuditValidator validator = new AuditValidator(catalogue, new AdmissionProperties(Integer.MAX_VALUE, null, null, null),
				eu.serviceaudit.advisor.system.HelperThreads.CALLER);
		JsonMapper json = JsonMapper.builder().build();
		for (int round = 0; round < 2; round++) {
			// the first round warms up classes and caches; only the second is reported
			for (int findings : sizes) {
				measure(findings, catalogue, assembler, rules, validator, json, round == 1);
			}
		}
	}

	private static void measure(int findings, CriteriaCatalogue catalogue, AnalysisAssembler assembler, RuleBase rules,
			AuditValidator validator, JsonMapper json, boolean report) {
		byte[] csv = csv(findings, catalogue.all().stream().limit(30).toList());
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long base = usedAfterGc();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		CsvAuditReader.Read read = CsvAuditReader.read(new ByteArrayInputStream(csv), "Memory client", "W1", "en",
				Integer.MAX_VALUE);
		long rows = usedAfterGc() - base;
		Audit audit = validator.validate(read.request());
		long validated = usedAfterGc() - base;
		long[] sessionPeak = { 0 };
		int[] fired = { 0 };
		RuleOutcome outcome = RuleEngine.evaluate(rules.kieBase(), catalogue.all(), Thresholds.DEFAULTS,
				audit.findings().toList(), audit.responses().toList(), new DefaultAgendaEventListener() {
					@Override
					public void afterMatchFired(AfterMatchFiredEvent event) {
						if (Integer.bitCount(++fired[0]) == 1) {
							sessionPeak[0] = Math.max(sessionPeak[0], usedAfterGc() - base);
						}
					}
				});
		Analysis analysis = assembler.assemble(audit, outcome, rules.version());
		String auditJson = json.writeValueAsString(audit);
		String resultJson = json.writeValueAsString(analysis);
		long stored = usedAfterGc() - base;
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		if (report) {
			System.out.printf(Locale.ROOT,
					"%,d findings (CSV %,d bytes): live bytes per finding: rows %,d | validated %,d | rule session peak %,d"
							+ " | analysed and serialised %,d; allocated per finding %,d; JSON %,d + %,d chars%n",
					findings, csv.length, rows / findings, validated / findings, sessionPeak[0] / findings,
					stored / findings, allocated / findings, auditJson.length(), resultJson.length());
		}
		// keep every stage alive until here, as the request does
		if (read.request() == null || audit == null || analysis == null) {
			throw new IllegalStateException();
		}
	}

	/** Mystery-shopping rows: 30 criteria per visit, visits spread over 50 locations, every fifth row commented. */
	static byte[] csv(int findings, List<Criterion> criteria) {
		StringBuilder text = new StringBuilder("observation_id,method,location_id,date,criterion,score,min,max,comment\n");
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < findings; i++) {
			int visit = i / criteria.size();
			text.append("MS-").append(visit).append(",MYSTERY_SHOP,LOC-").append(visit % 50).append(",2026-10-")
				.append(String.format(Locale.ROOT, "%02d", 1 + visit % 28)).append(',')
				.append(criteria.get(i % criteria.size()).code()).append(',').append(random.nextInt(5)).append(",0,4,")
				.append(i % 5 == 0 ? "Waited a long time at the till" : "").append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
