package eu.serviceaudit.advisor.knowledge.comments.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import eu.serviceaudit.advisor.knowledge.comments.CommentVocabulary;
import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * Cost of naming the criteria of one comment with the real vocabulary: the comments of the checked-in test set of
 * each language (typical survey lengths, 40-130 characters) in turn, and the longest comment accepted (4,000
 * characters). Run as described in docs/performance.md, "Comment matching".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class CommentMatchingBenchmark {

	@Param({ "EN", "ET", "LV", "RU", "UK" })
	public Language language;

	private CommentVocabulary vocabulary;

	private String[] comments;

	private String longest;

	private int next;

	@Setup(Level.Trial)
	public void load() {
		vocabulary = CommentVocabulary.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));
		comments = read(language).toArray(String[]::new);
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() < 4_000; i++) {
			text.append(comments[i % comments.length]).append(' ');
		}
		longest = text.substring(0, 4_000);
	}

	@Benchmark
	public Set<String> surveyComment() {
		next = (next + 1) % comments.length;
		return vocabulary.criteriaNamedBy(comments[next], language);
	}

	@Benchmark
	public Set<String> longestComment() {
		return vocabulary.criteriaNamedBy(longest, language);
	}

	static List<String> read(Language language) {
		String name = "/comments/" + language.code() + ".tsv";
		try (InputStream in = CommentMatchingBenchmark.class.getResourceAsStream(name)) {
			List<String> comments = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					comments.add(line.substring(line.indexOf('\t') + 1).strip());
				}
			}
			return comments;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
