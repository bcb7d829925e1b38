package eu.serviceaudit.advisor.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.serviceaudit.advisor.knowledge.ArticleType;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeFixtures;
import eu.serviceaudit.advisor.knowledge.search.SearchResult.SearchHit;
import eu.serviceaudit.advisor.system.Language;

/**
 * The start copies the index the build made of the bundled knowledge base instead of indexing it, and searches then
 * answer exactly as from a freshly built index; any other knowledge base is indexed at start as before. Needs the
 * build's {@code prepared-knowledge-index/} in the classes (written at {@code process-classes}, before the tests).
 */
class PreparedKnowledgeIndexTests {

	static final Path BUNDLED = Path.of("knowledge-base");

	/** Queries of every kind: stems, typos, several languages, filters only, facets. */
	static final List<SearchRequest> QUERIES = List.of(SearchRequest.text("greeting the guest"),
			SearchRequest.text("complaint", Language.EN), SearchRequest.text("kaebuste", Language.ET),
			SearchRequest.text("жалобы", Language.RU), SearchRequest.text("sūdzības", Language.LV),
			SearchRequest.text("скарги", Language.UK), SearchRequest.text("greting", Language.EN),
			SearchRequest.text("queue waiting time"), SearchRequest.text(""));

	@Test
	void shouldAnswerFromTheBuildsIndexOfTheBundledKnowledgeBaseAsFromAFreshOne() throws IOException {
		KnowledgeBase knowledgeBase = KnowledgeFixtures.load(BUNDLED);
		Map<String, byte[]> files = PreparedKnowledgeIndex.of(knowledgeBase.version()).orElseThrow();

		try (KnowledgeIndex prepared = new KnowledgeIndex(LanguageAnalyzers.shared());
				KnowledgeIndex fresh = new KnowledgeIndex(LanguageAnalyzers.shared())) {
			assertThat(prepared.openPrepared(files, knowledgeBase.all(), knowledgeBase.version())).isTrue();
			fresh.rebuild(knowledgeBase.all(), knowledgeBase.version());

			assertThat(prepared.isOpen()).isTrue();
			assertThat(prepared.version()).isEqualTo(knowledgeBase.version());
			assertThat(prepared.documents()).isEqualTo(fresh.documents()).isEqualTo(5 * knowledgeBase.all().size());
			for (SearchRequest query : QUERIES) {
				SearchResult expected = new KnowledgeSearcher(fresh).search(query);
				assertThat(new KnowledgeSearcher(prepared).search(query)).as(query.toString()).isEqualTo(expected);
			}
			assertThat(new KnowledgeSearcher(prepared).search(QUERIES.get(0)).hits()).isNotEmpty()
				.allSatisfy(hit -> assertThat(hit.snippet()).isNotBlank());
		}
	}

	@Test
	void shouldServeAReloadedKnowledgeBaseAfterStartingFromThePreparedIndex() throws IOException {
		KnowledgeBase knowledgeBase = KnowledgeFixtures.load(BUNDLED);
		try (KnowledgeIndex index = new KnowledgeIndex(LanguageAnalyzers.shared())) {
			KnowledgeSearchConfiguration.firstBuild(index, knowledgeBase);
			KnowledgeBase other = KnowledgeFixtures.valid();
			index.rebuild(other.all().stream().filter(a -> a.type() == ArticleType.PRACTICE).toList(), "v2");

			assertThat(new KnowledgeSearcher(index).search(SearchRequest.text("")).total()).isEqualTo(5);
			assertThat(index.version()).isEqualTo("v2");
		}
	}

	@Test
	void shouldIndexAnIndexAlreadyInUseInsteadOfCopyingTheBuildsFilesOverIt() throws IOException {
		KnowledgeBase knowledgeBase = KnowledgeFixtures.load(BUNDLED);
		try (KnowledgeIndex index = new KnowledgeIndex(LanguageAnalyzers.shared())) {
			assertThat(index.documents()).isZero();
			KnowledgeSearchConfiguration.firstBuild(index, knowledgeBase);

			assertThat(index.documents()).isEqualTo(5 * knowledgeBase.all().size());
			assertThat(index.version()).isEqualTo(knowledgeBase.version());
		}
	}

	@Test
	void shouldIndexAKnowledgeBaseThatDiffersFromTheBuildsAfresh(@TempDir Path copy) throws IOException {
		copy(BUNDLED, copy);
		Path article = copy.resolve("recommendations/rec-checkout-speed/en.md");
		Files.writeString(article, Files.readString(article) + "\nThe zanzibarquokka word is new.\n");
		KnowledgeBase edited = KnowledgeFixtures.load(copy);

		assertThat(edited.version()).isNotEqualTo(KnowledgeFixtures.load(BUNDLED).version());
		assertThat(PreparedKnowledgeIndex.of(edited.version())).isEmpty();
		try (KnowledgeIndex index = new KnowledgeIndex(LanguageAnalyzers.shared())) {
			KnowledgeSearchConfiguration.firstBuild(index, edited);

			assertThat(new KnowledgeSearcher(index).search(SearchRequest.text("zanzibarquokka", Language.EN)).hits())
				.extracting(SearchHit::id)
				.containsExactly("rec-checkout-speed");
			assertThat(index.version()).isEqualTo(edited.version());
		}
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
