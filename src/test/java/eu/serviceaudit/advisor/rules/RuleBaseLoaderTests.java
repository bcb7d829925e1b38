package eu.serviceaudit.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.serviceaudit.advisor.system.content.ContentFolder;

class RuleBaseLoaderTests {

	@Test
	void shouldCompileTheWholeRulesFolderWithItsDecisionTable() {
		RuleBase ruleBase = new RuleBaseLoader().load(ContentFolder.fromDirectory(Path.of("rules")));

		assertThat(ruleBase.rules()).isGreaterThan(30);
		assertThat(ruleBase.version()).hasSize(12);
		assertThat(ruleBase.kieBase().getRule("recommendations",
				"Isolated organisation gap still gets a process change within 90 days")).isNotNull();
		assertThat(ruleBase.kieBase().getRule("patterns",
				"Criterion with three or more failures in at least 60% of its observations is systemic")).isNotNull();
	}

	@Test
	void shouldGiveTheSameVersionToTheSameFilesAndAnotherToChangedFiles(@TempDir Path dir) throws IOException {
		copyRules(dir);
		RuleBase first = new RuleBaseLoader().load(ContentFolder.fromDirectory(dir));
		RuleBase again = new RuleBaseLoader().load(ContentFolder.fromDirectory(dir));
		Files.writeString(dir.resolve("scores/extra.drl"), "package scores;\nrule \"Nothing happens\"\nwhen\n  eval(false)\nthen\nend\n");
		RuleBase changed = new RuleBaseLoader().load(ContentFolder.fromDirectory(dir));

		assertThat(again.version()).isEqualTo(first.version());
		assertThat(changed.version()).isNotEqualTo(first.version());
		assertThat(changed.rules()).isEqualTo(first.rules() + 1);
	}

	@Test
	void shouldRefuseABrokenDrlNamingItsFileAndLine(@TempDir Path dir) throws IOException {
		copyRules(dir);
		Files.writeString(dir.resolve("alerts/broken.drl"),
				"package alerts;\n\nrule \"Half a rule\"\nwhen\n    Finding( score > \nthen\nend\n");

		assertThatThrownBy(() -> new RuleBaseLoader().load(ContentFolder.fromDirectory(dir)))
			.isInstanceOfSatisfying(RuleCompilationException.class, ex -> {
				assertThat(ex.errors().get(0).file()).isEqualTo("alerts/broken.drl");
				assertThat(ex.errors().get(0).line()).isEqualTo(7);
				assertThat(ex.getMessage()).contains("alerts/broken.drl:7");
			});
	}

	@Test
	void shouldRefuseAFolderWithoutRules(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("README.md"), "no rules here");

		assertThatThrownBy(() -> new RuleBaseLoader().load(ContentFolder.fromDirectory(dir)))
			.isInstanceOf(RuleCompilationException.class)
			.hasMessageContaining("no rule files");
	}

	static void copyRules(Path target) throws IOException {
		Path source = Path.of("rules");
		try (var files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				Path copy = target.resolve(source.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
	}

}
