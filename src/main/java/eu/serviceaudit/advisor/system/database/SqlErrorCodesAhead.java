package eu.serviceaudit.advisor.system.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.support.SQLErrorCodesFactory;

import eu.serviceaudit.advisor.system.StartupPhases;

/**
 * Reads Spring JDBC's SQL error codes on a thread of its own at the start. Spring Session's repository asks for them
 * when it is created (its JdbcTemplate translates errors by code), and they are an XML file read with Spring's bean
 * definition reader and the JDK's validating XML parser: 0.5–0.8 s of the main thread's time, none of it needing the
 * database. The factory is a JVM-wide singleton, made once by whoever comes first. Started once the environment is
 * prepared, when logging is set up (the reader logs); added by {@code main} only, tests read the codes as before.
 */
public final class SqlErrorCodesAhead implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private boolean started;

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (started) {
			return;
		}
		started = true;
		Thread reading = new Thread(() -> {
			long start = System.nanoTime();
			SQLErrorCodesFactory.getInstance();
			StartupPhases.record("SQL error codes (own thread)", start);
		}, "sql-error-codes-ahead");
		reading.setDaemon(true);
		reading.start();
	}

}
