package eu.serviceaudit.advisor.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.AuditAdvisorApplication;
import eu.serviceaudit.advisor.support.RulesFixtures;

/**
 * {@code --check-rules}: exit code and printed report on a good and a broken rules copy, in process and through the
 * application's main method in a JVM of its own (no web server, no database).
 */
class RulesCheckCommandTests {

	static final String TABLE = "recommendations/recommendation-table.drl.csv";

	final Path rules = RulesFixtures.copyOfRules();

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	int run(String... args) {
		return RulesCheckCommand.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
	}

	String output() {
		return output.toString(StandardCharsets.UTF_8);
	}

	@Test
	void shouldExitZeroAndPrintTheCoverageTableAndScenariosForGoodRules() {
		int exit = run("--check-rules", "--advisor.rules-dir=" + rules, "--advisor.kb-dir=knowledge-base");

		assertThat(exit).as(output()).isZero();
		assertThat(output()).contains("Rules check of " + rules.toAbsolutePath().normalize())
			.containsPattern("Compiled \\d+ rules, version [0-9a-f]{12}")
			.contains("CRITERION", "ISOLATED", "RECURRING", "SYSTEMIC", "ARTICLE")
			.containsPattern("GREETING +FRONTLINE +COACHING 30d +TRAINING 90d \\[\\d+\\] +TRAINING 30d \\[\\d+\\] +PROCESS "
					+ "30d \\[\\d+\\] \\+ TRAINING 30d \\[\\d+\\] +TRAINING 30d \\[\\d+\\] +COACHING 30d +TRAINING 30d "
					+ "\\[\\d+\\] +TRAINING 30d \\[\\d+\\] +rec-greeting")
			.containsPattern("SERVICE_STANDARDS +ORGANISATION +PROCESS 90d")
			.containsPattern("TONE_COURTESY \\* +FRONTLINE +COACHING now")
			.containsPattern("Scenarios: (\\d+) of \\1 passed")
			.contains("PASS  scenarios/greeting-systemic.yaml")
			.contains("OK: no problems");
	}

	@Test
	void shouldExitOneNamingFileAndLineOfACompileError() {
		RulesFixtures.write(rules, "alerts/broken.drl",
				"package alerts;\n\nrule \"Half a rule\"\nwhen\n    Finding( score > \nthen\nend\n");

		int exit = run("--check-rules", "--advisor.rules-dir=" + rules);

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("The rules do not compile.").contains("alerts/broken.drl:7: ")
			.contains("FAILED").doesNotContain("CRITERION");
	}

	@Test
	void shouldExitOneShowingTheFailingScenarioAndTheRowOfABrokenEdit() {
		RulesFixtures.edit(rules, TABLE, "Recurring frontline weakness gets team training within 30 days,FRONTLINE,RECURRING,false,EVERYWHERE,TRAINING",
				"Recurring frontline weakness gets team training within 30 days,FRONTLINE,RECURRING,false,EVERYWHERE,COACHING");

		int exit = run("--check-rules", "--advisor.rules-dir=" + rules);

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("FAIL  scenarios/farewell-recurring-training.yaml")
			.contains("scenarios/farewell-recurring-training.yaml:13: [scenario] expected a TRAINING recommendation "
					+ "for FAREWELL")
			.contains(TABLE + ":15: [contract] 'Recurring frontline weakness gets team training within 30 days' "
					+ "gives GREETING")
			.containsPattern("GREETING +FRONTLINE +COACHING 30d +TRAINING 90d \\[\\d+\\] +COACHING 30d")
			.contains("FAILED");
	}

	@Test
	void shouldExitOneNamingFileAndLineOfABrokenCommentVocabulary() throws IOException {
		Path knowledgeBase = copyOfKnowledgeBase();
		Path voice = knowledgeBase.resolve("criteria/voice/et.csv");
		Files.writeString(voice, Files.readString(voice, StandardCharsets.UTF_8) + "WAITING,ootama\n",
				StandardCharsets.UTF_8);
		long line = Files.readAllLines(voice, StandardCharsets.UTF_8).size();

		int exit = run("--check-rules", "--advisor.rules-dir=" + rules, "--advisor.kb-dir=" + knowledgeBase);

		assertThat(exit).isEqualTo(1);
		assertThat(output()).contains("knowledge-base/criteria/voice/et.csv:" + line
				+ ": [knowledge-base] unknown criterion 'WAITING'").contains("FAILED");
	}

	private static Path copyOfKnowledgeBase() throws IOException {
		Path source = Path.of("knowledge-base");
		Path copy = Files.createTempDirectory("knowledge-base");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = copy.resolve(source.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		return copy;
	}

	@Test
	void shouldRunFromTheApplicationMainWithoutAServerAndExitWithTheVerdict() throws Exception {
		Path data = Path.of("target/test-data/check-rules-" + System.nanoTime());

		assertThat(runMain("--check-rules", "--advisor.rules-dir=" + rules, "--advisor.data-dir=" + data)).isZero();
		assertThat(data).as("nothing is written to the data folder").doesNotExist();

		RulesFixtures.write(rules, "scores/broken.drl", "package scores;\nrule \"x\" when then");
		assertThat(runMain("--check-rules", "--advisor.rules-dir=" + rules)).isEqualTo(1);
	}

	private static int runMain(String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AuditAdvisorApplication.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(printed).as("prints the report").contains("Rules check of").doesNotContain("Tomcat started");
		return process.exitValue();
	}

}
