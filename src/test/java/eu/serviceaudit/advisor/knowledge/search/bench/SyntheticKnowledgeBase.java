package eu.serviceaudit.advisor.knowledge.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseLoader;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Writes a synthetic knowledge-base folder of N articles × 5 languages, made from the real articles by mixing: each
 * synthetic article keeps the data of one real article and its text, gets a second real article's title words and
 * one of its paragraphs. For benchmarks only. Usage: {@code SyntheticKnowledgeBase <out-dir> [articles]}.
 */
public final class SyntheticKnowledgeBase {

	private SyntheticKnowledgeBase() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "/tmp/search-kb-10k");
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		long start = System.nanoTime();
		write(Path.of("knowledge-base"), out, count);
		System.out.printf("wrote %d articles to %s in %d ms%n", count, out, (System.nanoTime() - start) / 1_000_000);
	}

	public static KnowledgeBase load(Path folder) {
		ContentFolder content = ContentFolder.fromDirectory(folder);
		return new KnowledgeBaseLoader(CriteriaCatalogue.load(content)).load(content);
	}

	public static void write(Path realFolder, Path out, int count) throws IOException {
		List<Article> real = load(realFolder).all().stream().sorted(Comparator.comparing(Article::id)).toList();
		Files.createDirectories(out.resolve("criteria"));
		try (var files = Files.list(realFolder.resolve("criteria"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, out.resolve("criteria").resolve(file.getFileName()),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		for (int i = 0; i < count; i++) {
			Article base = real.get(i % real.size());
			Article donor = real.get((i * 7 + 3) % real.size());
			String id = base.id() + "-s" + i;
			Path dir = out.resolve(folderOf(base)).resolve(id);
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("article.yaml"), yaml(base, id));
			for (Language language : Language.values()) {
				Files.writeString(dir.resolve(language.code() + ".md"),
						text(base.texts().get(language), donor.texts().get(language), i));
			}
		}
	}

	private static String folderOf(Article article) {
		return switch (article.type()) {
			case RECOMMENDATION -> "recommendations";
			case EXERCISE -> "exercises";
			case PRACTICE -> "practices";
		};
	}

	private static String yaml(Article a, String id) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("id: ").append(id).append('\n');
		yaml.append("type: ").append(a.type()).append('\n');
		yaml.append("criteria: [").append(String.join(", ", a.criteria())).append("]\n");
		yaml.append("dimension: ").append(a.dimension()).append('\n');
		yaml.append("stage: ").append(a.stage()).append('\n');
		if (a.format() != null) {
			yaml.append("format: ").append(a.format()).append('\n');
			yaml.append("durationMinutes: ").append(a.durationMinutes()).append('\n');
			yaml.append("groupSize: {min: ").append(a.groupMin()).append(", max: ").append(a.groupMax()).append("}\n");
			yaml.append("level: ").append(a.level()).append('\n');
		}
		return yaml.toString();
	}

	private static String text(ArticleText base, ArticleText donor, int i) {
		List<String> paragraphs = new ArrayList<>(List.of(base.body().split("\n\n")));
		List<String> donated = List.of(donor.body().split("\n\n"));
		paragraphs.add(Math.min(paragraphs.size(), 1 + i % 5), donated.get(i % donated.size()));
		String titleWords = List.of(donor.title().split("\\s+")).stream().limit(2).collect(Collectors.joining(" "));
		StringBuilder md = new StringBuilder("---\n");
		md.append("title: ").append(base.title()).append(" – ").append(titleWords).append('\n');
		md.append("summary: ").append(base.summary()).append('\n');
		if (base.kpi() != null) {
			md.append("kpi: ").append(base.kpi()).append('\n');
			md.append("coaching: ").append(base.coaching()).append('\n');
			md.append("training: ").append(base.training()).append('\n');
			md.append("process: ").append(base.process()).append('\n');
			md.append("processTitle: ").append(base.processTitle()).append('\n');
			md.append("trainingTitle: ").append(base.trainingTitle()).append('\n');
			md.append("coachingTitle: ").append(base.coachingTitle()).append('\n');
		}
		md.append("---\n").append(String.join("\n\n", paragraphs)).append('\n');
		return md.toString();
	}

}
