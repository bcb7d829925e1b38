package eu.serviceaudit.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/** The knowledge base the application starts with, loaded before the context when {@code main} starts it early. */
class CurrentKnowledgeBaseTests {

	@TempDir
	Path dir;

	@Test
	void shouldStopTheStartOnAnInvalidKnowledgeBaseLoadedBesideTheContext() throws IOException {
		Path broken = KnowledgeFixtures.copyOfValid(dir);
		Path article = broken.resolve("practices/pr-test-purchase/article.yaml");
		Files.writeString(article, Files.readString(article).replace("stage: WELCOME", "stage: ENTRANCE"));
		FirstKnowledgeBaseLoad early = FirstKnowledgeBaseLoad.start(broken);

		assertThatThrownBy(() -> started(broken, early)).isInstanceOf(InvalidKnowledgeBaseException.class)
			.hasMessageContaining("pr-test-purchase");
	}

	@Test
	void shouldTakeOverTheEarlyLoadOfTheSameFolder() {
		FirstKnowledgeBaseLoad early = FirstKnowledgeBaseLoad.start(KnowledgeFixtures.VALID);

		CurrentKnowledgeBase current = started(KnowledgeFixtures.VALID, early);

		assertThat(current.get()).isSameAs(early.join());
		assertThat(current.get().version()).isEqualTo(KnowledgeFixtures.valid().version());
	}

	@Test
	void shouldLoadTheConfiguredFolderItselfWhenTheEarlyLoadWasOfAnother() {
		Path other = KnowledgeFixtures.copyOfValid(dir);
		FirstKnowledgeBaseLoad early = FirstKnowledgeBaseLoad.start(null);

		CurrentKnowledgeBase current = started(other, early);

		assertThat(current.get()).isNotSameAs(early.join());
		assertThat(current.get().version()).isEqualTo(KnowledgeFixtures.valid().version());
	}

	@Test
	void shouldLoadItselfWhenNothingStartedEarly() {
		assertThat(started(KnowledgeFixtures.VALID, null).get().version())
			.isEqualTo(KnowledgeFixtures.valid().version());
	}

	/** As the application creates it, with the early load {@code main} registers (or none, as in tests). */
	private static CurrentKnowledgeBase started(Path kbDir, FirstKnowledgeBaseLoad early) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		if (early != null) {
			beans.registerSingleton("early", early);
		}
		CriteriaCatalogue criteria = CriteriaCatalogue.load(ContentFolder.fromDirectory(kbDir));
		return new CurrentKnowledgeBase(new AdvisorProperties(null, null, kbDir, null), criteria, event -> {
		}, beans.getBeanProvider(FirstKnowledgeBaseLoad.class));
	}

}
