package eu.serviceaudit.advisor.rules;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Polls the database for the rule revision to serve (one indexed query every {@code advisor.rules.poll-interval},
 * 2 s by default) and reports what this instance serves, from the moment the application is ready until it stops.
 */
@Component
class RuleRevisionPoller implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RuleRevisionPoller.class);

	private final RuleRevisions revisions;

	private final Environment environment;

	private ScheduledExecutorService executor;

	RuleRevisionPoller(RuleRevisions revisions, Environment environment) {
		this.revisions = revisions;
		this.environment = environment;
	}

	@Override
	public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
		if (executor != null || event.getApplicationContext().getParent() != null) {
			return;
		}
		String port = environment.getProperty("local.server.port");
		String configured = environment.getProperty("advisor.instance-name", "");
		if (configured.isBlank() && port != null) {
			revisions.startReporting(revisions.instance() + ":" + port);
		}
		else {
			revisions.startReporting(revisions.instance());
		}
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "rule-revision-poll");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(100, revisions.pollInterval().toMillis());
		executor.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
	}

	private void poll() {
		try {
			revisions.poll();
		}
		catch (RuntimeException ex) {
			// the database may be away for a moment (restart, failover): keep serving and try again next time
			log.warn("Rule revision poll failed, trying again: {}", ex.toString());
		}
	}

	@Override
	public synchronized void destroy() {
		if (executor == null) {
			return;
		}
		executor.shutdownNow();
		try {
			executor.awaitTermination(5, TimeUnit.SECONDS);
			revisions.leave();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.debug("Could not remove this instance from rule_instances on stop: {}", ex.toString());
		}
	}

}
