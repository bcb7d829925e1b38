package eu.serviceaudit.advisor.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Writes to the log, once the application is ready, how long each phase of the start took: the web context, the
 * database migration, the rule base (compile and check), the knowledge base, the users, and the whole start from
 * the JVM's. The knowledge index is built beside the rest and logs its own time. The figures come from Spring's start-up steps, recorded by {@link #recorder()} (set in {@code main}).
 */
public final class StartupPhases implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);

	/** Bean names whose creation is a phase of their own, and what the log calls them. */
	private static final Map<String, String> PHASES = phases();

	/** Enough steps for every bean of the context; older steps are dropped beyond it. */
	private static final int CAPACITY = 20_000;

	/** The recorder of start-up steps the phases are read from. */
	public static ApplicationStartup recorder() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
		// only the steps the log reports: bean creation and the context refresh
		startup.addFilter(step -> step.getName().startsWith("spring.beans.instantiate")
				|| step.getName().equals("spring.context.refresh") || step.getName().startsWith("spring.boot"));
		return startup;
	}

	private static Map<String, String> phases() {
		Map<String, String> phases = new LinkedHashMap<>();
		phases.put("flywayInitializer", "database migration");
		phases.put("currentRuleBase", "rule base compile and check");
		phases.put("ruleRevisions", "rule revisions");
		phases.put("currentKnowledgeBase", "knowledge base load");
		phases.put("bootstrapUsers", "users");
		phases.put("tomcatServletWebServerFactory", "web server");
		return phases;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		long sinceJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		if (!(event.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup startup)) {
			log.info("Start-up: ready {} ms after the JVM started", sinceJvm);
			return;
		}
		Map<String, Long> took = new LinkedHashMap<>();
		for (var timed : startup.getBufferedTimeline().getEvents()) {
			StartupStep step = timed.getStartupStep();
			if (step.getName().equals("spring.context.refresh")) {
				took.put("web context (refresh, all of the below)", millis(timed.getDuration()));
			}
			for (StartupStep.Tag tag : step.getTags()) {
				if (tag.getKey().equals("beanName") && PHASES.containsKey(tag.getValue())) {
					took.merge(PHASES.get(tag.getValue()), millis(timed.getDuration()), Long::sum);
				}
			}
		}
		StringBuilder line = new StringBuilder();
		took.forEach((phase, ms) -> line.append(line.isEmpty() ? "" : "; ").append(phase).append(' ').append(ms)
			.append(" ms"));
		log.info("Start-up phases: {}; ready {} ms after the JVM started (demo data, when enabled, is logged apart)",
				line, sinceJvm);
	}

	private static long millis(Duration duration) {
		return duration.toMillis();
	}

}
