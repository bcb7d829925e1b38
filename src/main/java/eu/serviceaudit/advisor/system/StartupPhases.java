package eu.serviceaudit.advisor.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Writes to the log, once the application is ready, how long each phase of the start took: the web context, the
 * database migration, the knowledge base, the users, the rule base's compile and check (on threads of their own, see
 * {@link #record}) and how long the start waited for them, and the whole start from the JVM's. The knowledge index is
 * built beside the rest and logs its own time. The figures come from Spring's start-up steps, recorded by
 * {@link #recorder()} (set in {@code main}).
 */
public final class StartupPhases implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);

	/** Bean names whose creation is a phase of their own, and what the log calls them. */
	private static final Map<String, String> PHASES = phases();

	/** How many of the slowest beans the log names. */
	private static final int SLOWEST = 12;

	/** Enough steps for every bean of the context; older steps are dropped beyond it. */
	private static final int CAPACITY = 20_000;

	/** Phases of the start run on threads of their own, or outside any bean, in the order they ended. */
	private static final Map<String, Long> OWN_THREADS = new LinkedHashMap<>();

	/**
	 * Records a phase that is no bean's creation (work on a thread of its own, a wait for it), from its start
	 * ({@link System#nanoTime()}) until now; it is logged with the others once the application is ready.
	 */
	public static void record(String phase, long startNanos) {
		long ms = (System.nanoTime() - startNanos) / 1_000_000;
		synchronized (OWN_THREADS) {
			OWN_THREADS.merge(phase, ms, Long::sum);
		}
	}

	/**
	 * Records the CPU time the current thread has used so far, for work on a thread of its own: on a busy machine the
	 * elapsed time says little about the work itself.
	 */
	public static void recordThreadCpu(String phase) {
		long ms = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
		synchronized (OWN_THREADS) {
			OWN_THREADS.merge(phase + ", CPU", ms, Long::sum);
		}
	}

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
		phases.put("currentRuleBase", "rule base bean");
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
		synchronized (OWN_THREADS) {
			took.putAll(OWN_THREADS);
			OWN_THREADS.clear();
		}
		StringBuilder line = new StringBuilder();
		took.forEach((phase, ms) -> line.append(line.isEmpty() ? "" : "; ").append(phase).append(' ').append(ms)
			.append(" ms"));
		log.info("Start-up phases: {}; ready {} ms after the JVM started (demo data, when enabled, is logged apart)",
				line, sinceJvm);
		log.info("Start-up, slowest beans by own time (without the beans they needed): {}",
				slowestBeans(startup.getBufferedTimeline().getEvents()));
	}

	/** The beans whose creation took longest apart from the beans created for them: where else the start goes. */
	private static String slowestBeans(List<StartupTimeline.TimelineEvent> events) {
		Map<Long, Long> childrenNanos = new HashMap<>();
		for (var timed : events) {
			Long parent = timed.getStartupStep().getParentId();
			if (parent != null) {
				childrenNanos.merge(parent, timed.getDuration().toNanos(), Long::sum);
			}
		}
		Map<String, Long> own = new HashMap<>();
		for (var timed : events) {
			StartupStep step = timed.getStartupStep();
			if (!step.getName().startsWith("spring.beans.instantiate")) {
				continue;
			}
			String bean = "?";
			for (StartupStep.Tag tag : step.getTags()) {
				if (tag.getKey().equals("beanName")) {
					bean = tag.getValue();
				}
			}
			long nanos = timed.getDuration().toNanos() - childrenNanos.getOrDefault(step.getId(), 0L);
			own.merge(bean, nanos, Long::sum);
		}
		return own.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(SLOWEST)
			.map(bean -> bean.getKey() + " " + bean.getValue() / 1_000_000 + " ms").collect(Collectors.joining(", "));
	}

	private static long millis(Duration duration) {
		return duration.toMillis();
	}

}
