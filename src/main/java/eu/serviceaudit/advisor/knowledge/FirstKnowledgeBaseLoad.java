package eu.serviceaudit.advisor.knowledge;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.properties.bind.Binder;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.system.EarlyStart;
import eu.serviceaudit.advisor.system.StartupPhases;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The first load of the knowledge base (reading the folder, its articles, criteria and comment vocabulary, and
 * checking them), on a thread of its own started as soon as the configuration is read: it needs nothing of the
 * context, so it runs while the context is built (database migration, web server, the other beans), beside the rule
 * base's. {@link CurrentKnowledgeBase} takes it over when it is of the folder it would read itself, waiting for it if
 * need be; a knowledge base that is invalid still stops the start there, with its problems, before anything is
 * served.
 */
public final class FirstKnowledgeBaseLoad {

	private final Path configured;

	private final CompletableFuture<KnowledgeBase> loaded;

	private FirstKnowledgeBaseLoad(Path configured, CompletableFuture<KnowledgeBase> loaded) {
		this.configured = configured;
		this.loaded = loaded;
	}

	/**
	 * Loads the folder {@code advisor.kb-dir} names ({@code null}: the default) on a new thread; the load time is a
	 * start-up phase of the log.
	 */
	static FirstKnowledgeBaseLoad start(Path configured) {
		CompletableFuture<KnowledgeBase> loaded = new CompletableFuture<>();
		Thread loader = new Thread(() -> {
			long start = System.nanoTime();
			try {
				ContentFolder folder = ContentFolder.resolve(configured, "knowledge-base");
				loaded.complete(new KnowledgeBaseLoader(CriteriaCatalogue.load(folder)).load(folder));
			}
			catch (Throwable failure) {
				loaded.completeExceptionally(failure);
			}
			StartupPhases.record("knowledge base load (own thread)", start);
			StartupPhases.recordThreadCpu("knowledge base load (own thread)");
		}, "knowledge-base-first-load");
		loader.setDaemon(true);
		loader.start();
		return new FirstKnowledgeBaseLoad(configured, loaded);
	}

	/** The load of the folder this configured path names (the same setting resolves to the same folder). */
	boolean isOf(Path kbDir) {
		return Objects.equals(configured, kbDir);
	}

	/** The knowledge base, once loaded; rethrows what stopped the load (e.g. an invalid knowledge base). */
	KnowledgeBase join() {
		long start = System.nanoTime();
		try {
			return loaded.join();
		}
		catch (CompletionException failed) {
			throw failed.getCause() instanceof RuntimeException cause ? cause
					: new IllegalStateException("Cannot load the knowledge base", failed.getCause());
		}
		finally {
			StartupPhases.record("start waited for the knowledge base", start);
		}
	}

	/**
	 * Starts the load once the environment is prepared and hands it to the context as a bean. Added by {@code main}
	 * only: a test context loads when it creates {@link CurrentKnowledgeBase}.
	 */
	public static EarlyStart<FirstKnowledgeBaseLoad> earlyStart() {
		return EarlyStart.of("firstKnowledgeBaseLoad",
				environment -> start(Binder.get(environment).bind("advisor.kb-dir", Path.class).orElse(null)));
	}

}
