package eu.serviceaudit.advisor.rules;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.properties.bind.Binder;

import eu.serviceaudit.advisor.system.EarlyStart;
import eu.serviceaudit.advisor.system.StartupPhases;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The first compile of the rules folder, on a thread of its own, started as soon as the configuration is read: the
 * compile is the longest step of the start and needs nothing of the context, so it runs while the context is built
 * (database migration, web server, the other beans). {@link CurrentRuleBase} takes it over when it compiled the same
 * rules it would read itself, and checks it; otherwise it compiles again.
 */
public final class FirstRuleBaseCompile {


	private final String origin;

	private final String version;

	private final CompletableFuture<RuleBase> compiled;

	private FirstRuleBaseCompile(String origin, String version, CompletableFuture<RuleBase> compiled) {
		this.origin = origin;
		this.version = version;
		this.compiled = compiled;
	}

	/** Compiles the folder on a new thread; the compile time is a start-up phase of the log. */
	static FirstRuleBaseCompile start(ContentFolder folder, RuleBaseLoader loader) {
		CompletableFuture<RuleBase> compiled = new CompletableFuture<>();
		Thread compiler = new Thread(() -> {
			long start = System.nanoTime();
			try {
				compiled.complete(loader.load(folder));
			}
			catch (Throwable failure) {
				compiled.completeExceptionally(failure);
			}
			StartupPhases.record("rule base compile or prepared read (own thread)", start);
			StartupPhases.recordThreadCpu("rule base compile or prepared read (own thread)");
		}, "rule-base-first-compile");
		compiler.setDaemon(true);
		compiler.start();
		return new FirstRuleBaseCompile(folder.origin(), version(folder), compiled);
	}

	/** The compile of these very rules: same folder, same content. */
	boolean isOf(ContentFolder folder) {
		return origin.equals(folder.origin()) && version.equals(version(folder));
	}

	CompletableFuture<RuleBase> compiled() {
		return compiled;
	}

	private static String version(ContentFolder folder) {
		return folder.only(RuleBaseLoader::isRuleFile).contentHash();
	}

	/**
	 * Starts the compile once the environment is prepared and hands it to the context as a bean. Added by
	 * {@code main} only: a test context compiles when it creates {@link CurrentRuleBase}, which also keeps the
	 * contexts that have no rule base from compiling.
	 */
	public static EarlyStart<FirstRuleBaseCompile> earlyStart() {
		return EarlyStart.of("firstRuleBaseCompile", environment -> start(
				ContentFolder.resolve(Binder.get(environment).bind("advisor.rules-dir", Path.class).orElse(null), "rules"),
				new RuleBaseLoader()));
	}

}
