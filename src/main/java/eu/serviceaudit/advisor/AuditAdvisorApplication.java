package eu.serviceaudit.advisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditAdvisorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuditAdvisorApplication.class, args);
	}

}
