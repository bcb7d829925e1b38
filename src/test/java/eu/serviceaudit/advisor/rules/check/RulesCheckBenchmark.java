package eu.serviceaudit.advisor.rules.check;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.rules.RuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseLoader;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * What the rules check costs on the repository's rules (every start and every reload pays it): the check alone on a
 * compiled rule base (table analysis, 3 coverage audits over the whole catalogue, every scenario file, never-fired
 * rules), and compile plus check, which is a whole reload. Run: see docs/performance.md, "Rules check and reload".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
public class RulesCheckBenchmark {

	ContentFolder rules;

	RuleBase ruleBase;

	RulesCheck check;

	@Setup
	public void setUp() {
		ContentFolder kb = ContentFolder.fromDirectory(Path.of("knowledge-base"));
		CriteriaCatalogue catalogue = CriteriaCatalogue.load(kb);
		KnowledgeBase knowledge = new KnowledgeBaseLoader(catalogue).load(kb);
		ResourceBundleMessageSource messages = eu.serviceaudit.advisor.system.MessageBundles.standalone();
		rules = ContentFolder.fromDirectory(Path.of("rules"));
		ruleBase = new RuleBaseLoader().load(rules);
		check = new RulesCheck(catalogue, knowledge, messages);
		if (!check.check(rules, ruleBase).passed()) {
			throw new IllegalStateException("the repository's rules fail the check");
		}
	}

	@Benchmark
	public CheckReport checkCompiledRules() {
		return check.check(rules, ruleBase);
	}

	@Benchmark
	public CheckReport compileAndCheck() {
		return check.check(rules);
	}

}
