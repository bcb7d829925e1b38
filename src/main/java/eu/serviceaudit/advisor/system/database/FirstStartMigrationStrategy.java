package eu.serviceaudit.advisor.system.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot's migration waits for the one started ahead on a first start ({@link FirstStartMigration}), then runs as
 * always: it validates what was applied and applies what is pending. Without a migration ahead it only migrates.
 */
@Configuration(proxyBeanMethods = false)
class FirstStartMigrationStrategy {

	@Bean
	FlywayMigrationStrategy flywayMigrationStrategy(ObjectProvider<FirstStartMigration> ahead) {
		return flyway -> {
			ahead.ifAvailable(FirstStartMigration::awaitEnd);
			flyway.migrate();
		};
	}

}
