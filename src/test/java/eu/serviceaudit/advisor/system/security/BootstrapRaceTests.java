package eu.serviceaudit.advisor.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.transaction.PlatformTransactionManager;

import eu.serviceaudit.advisor.support.ApiTestSupport;
import eu.serviceaudit.advisor.system.AdvisorProperties;

/** Two instances creating the first users at once on one empty database both start, and there are four users. */
class BootstrapRaceTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcUserDetailsManager users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AdvisorProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoStartsAtOnceOnAnEmptyUserTableBothSucceed() throws Exception {
		for (int round = 0; round < 5; round++) {
			jdbc.sql("DELETE FROM authorities").update();
			jdbc.sql("DELETE FROM users").update();
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService starts = Executors.newFixedThreadPool(2);
			List<Future<?>> done = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				done.add(starts.submit(() -> {
					together.await();
					new BootstrapUsers(users, encoder, properties, transactions).afterPropertiesSet();
					return null;
				}));
			}
			for (Future<?> start : done) {
				start.get();
			}
			starts.shutdown();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single()).isEqualTo(4);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM authorities").query(Long.class).single()).isEqualTo(4);
		}
	}

}
