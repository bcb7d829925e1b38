package eu.serviceaudit.advisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import eu.serviceaudit.advisor.knowledge.FirstKnowledgeBaseLoad;
import eu.serviceaudit.advisor.rules.FirstRuleBaseCompile;
import eu.serviceaudit.advisor.rules.check.RulesCheckCommand;
import eu.serviceaudit.advisor.system.StartupClassPreload;
import eu.serviceaudit.advisor.system.StartupPhases;
import eu.serviceaudit.advisor.system.database.FirstStartMigration;
import eu.serviceaudit.advisor.system.database.SqlErrorCodesAhead;
import eu.serviceaudit.advisor.system.launch.IndexedLaunch;
import eu.serviceaudit.advisor.system.security.FirstStartPasswords;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditAdvisorApplication {

	public static void main(String[] args) {
		if (IndexedLaunch.relaunched(AuditAdvisorApplication.class, args)) {
			// started with java -jar: it ran through the class-path package index loader
			return;
		}
		if (RulesCheckCommand.requested(args)) {
			// check the rules folder and exit: no web server, no database
			System.exit(RulesCheckCommand.run(args, System.out));
		}
		StartupClassPreload.start(AuditAdvisorApplication.class.getClassLoader());
		SpringApplication application = new SpringApplication(AuditAdvisorApplication.class);
		application.setApplicationStartup(StartupPhases.recorder());
		application.addListeners(new StartupPhases(), FirstRuleBaseCompile.earlyStart(),
				FirstKnowledgeBaseLoad.earlyStart(), FirstStartPasswords.earlyStart(), new SqlErrorCodesAhead(), FirstStartMigration.earlyStart(),
				IndexedLaunch.report());
		application.run(args);
	}

}
