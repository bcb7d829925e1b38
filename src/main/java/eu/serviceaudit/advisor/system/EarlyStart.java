package eu.serviceaudit.advisor.system;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Work of the start that needs only the configuration (a rule base compile, the knowledge base load, a first start's
 * migration or password hashes), started on a thread of its own as soon as the configuration is read, before the
 * context, and handed to the context as a singleton under {@code beanName} for the bean that would otherwise do it.
 * Added by {@code main} only: test contexts do the work in their beans as before.
 * <p>
 * {@code start} returns what it started, or null when there is nothing to start ahead. If it throws, nothing is
 * started: the bean does the work itself and stops the start with the reason if it fails again.
 */
public final class EarlyStart<T> implements ApplicationListener<SpringApplicationEvent> {

	private static final Logger log = LoggerFactory.getLogger(EarlyStart.class);

	private final String beanName;

	private final Function<Environment, T> start;

	private T started;

	private EarlyStart(String beanName, Function<Environment, T> start) {
		this.beanName = beanName;
		this.start = start;
	}

	public static <T> EarlyStart<T> of(String beanName, Function<Environment, T> start) {
		return new EarlyStart<>(beanName, start);
	}

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared && started == null) {
			try {
				started = start.apply(prepared.getEnvironment());
			}
			catch (RuntimeException ex) {
				log.debug("{} is done with the context instead: {}", beanName, ex.toString());
			}
		}
		else if (event instanceof ApplicationPreparedEvent prepared && started != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(beanName, started);
		}
	}

}
