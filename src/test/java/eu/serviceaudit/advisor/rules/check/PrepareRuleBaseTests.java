package eu.serviceaudit.advisor.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.comments.CommentMatcher;
import eu.serviceaudit.advisor.rules.PreparedRuleBase;
import eu.serviceaudit.advisor.rules.RuleBaseLoader;
import eu.serviceaudit.advisor.rules.RuleError;
import eu.serviceaudit.advisor.support.RulesFixtures;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** What the build prepares for the start, and the check the start still runs on anything else. */
class PrepareRuleBaseTests {

	static final String EDIT_FROM = "Recurring frontline weakness gets team training within 30 days,FRONTLINE,RECURRING,"
			+ "false,EVERYWHERE,TRAINING";

	static final String EDIT_TO = "Recurring frontline weakness gets team training within 30 days,FRONTLINE,RECURRING,"
			+ "false,EVERYWHERE,COACHING";

	final ContentFolder knowledgeBase = ContentFolder.fromDirectory(RulesFixtures.KNOWLEDGE_BASE);

	@TempDir
	Path out;

	@Test
	void shouldWriteARuleBaseThatReadsBackWholeAndNoteTheContentThatPassedTheCheck() throws Exception {
		ContentFolder rules = ContentFolder.fromDirectory(RulesFixtures.copyOfRules());

		Properties keys = PrepareRuleBase.prepare(rules, knowledgeBase, out.resolve("rule-base.bin"));
		KieBase readBack = PreparedRuleBase.read(Files.readAllBytes(out.resolve("rule-base.bin")));

		assertThat(keys.getProperty(PreparedRuleBase.RULE_FILES))
			.isEqualTo(rules.only(RuleBaseLoader::isRuleFile).digest());
		assertThat(keys.getProperty(PreparedRuleBase.CHECKED_RULES)).isEqualTo(rules.digest());
		assertThat(keys.getProperty(PreparedRuleBase.CHECKED_KNOWLEDGE_BASE)).isEqualTo(knowledgeBase.contentHash());
		assertThat(readBack.getKiePackages().stream().mapToInt(pkg -> pkg.getRules().size()).sum())
			.isEqualTo(RulesFixtures.rules().kieBase().getKiePackages().stream()
				.mapToInt(pkg -> pkg.getRules().size()).sum());
	}

	@Test
	void shouldLeaveRulesThatFailTheCheckUncheckedSoThatTheStartRefusesThem() throws Exception {
		Path copy = RulesFixtures.copyOfRules();
		RulesFixtures.edit(copy, RulesCheckCommandTests.TABLE, EDIT_FROM, EDIT_TO);

		Properties keys = PrepareRuleBase.prepare(ContentFolder.fromDirectory(copy), knowledgeBase,
				out.resolve("rule-base.bin"));

		assertThat(keys).doesNotContainKeys(PreparedRuleBase.CHECKED_RULES, PreparedRuleBase.CHECKED_KNOWLEDGE_BASE);
	}

	@Test
	void shouldRunTheCheckAtStartOnRulesChangedSinceTheBuild() {
		RulesCheckValidator validator = validator();
		Path copy = RulesFixtures.copyOfRules();
		RulesFixtures.edit(copy, RulesCheckCommandTests.TABLE, EDIT_FROM, EDIT_TO);
		ContentFolder changed = ContentFolder.fromDirectory(copy);
		ContentFolder bundled = ContentFolder.fromDirectory(RulesFixtures.RULES);

		List<RuleError> problems = validator.validate(new RuleBaseLoader().load(changed), changed);

		assertThat(problems).extracting(RuleError::file).contains("scenarios/farewell-recurring-training.yaml");
		assertThat(validator.validate(RulesFixtures.rules(), bundled)).isEmpty();
	}

	private static RulesCheckValidator validator() {
		CurrentKnowledgeBase knowledge = mock(CurrentKnowledgeBase.class);
		when(knowledge.get()).thenReturn(RulesFixtures.KNOWLEDGE);
		return new RulesCheckValidator(RulesFixtures.CATALOGUE, knowledge, RulesFixtures.messages(),
				new DefaultListableBeanFactory().getBeanProvider(CommentMatcher.class));
	}

}
