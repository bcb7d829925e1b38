package eu.serviceaudit.advisor.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.StartupPhases;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The rule base in service. Compiled and checked once at start (beside the rest of the start, on threads of their
 * own, waited for before the context is ready), so a broken rules folder stops the start with its problems
 * ({@code advisor.rules.check-on-start=warn} starts anyway on a folder that compiles but fails the check, and logs the
 * problems). A reload compiles beside the running rule base, runs the same check, and swaps only when both
 * pass; an analysis takes its reference once and finishes on it whatever happens meanwhile.
 */
@Component
public class CurrentRuleBase implements SmartInitializingSingleton {

	static final String RELOAD_METER = "advisor.rules.reload";

	private static final Logger log = LoggerFactory.getLogger(CurrentRuleBase.class);

	private final AdvisorProperties properties;

	private final RuleBaseValidator validator;

	private final MeterRegistry meters;

	private final Clock clock = Clock.systemUTC();

	private final RuleBaseLoader loader = new RuleBaseLoader();

	private final AtomicReference<InService> current = new AtomicReference<>();

	/** The first rule base, compiled and checked; in {@link #current} from the first time it is asked for. */
	private final CompletableFuture<InService> first;

	private volatile RuleBaseStatus.LastReload lastReload;

	/** Without a check: the rules go live when they compile (at once, on the calling thread). */
	CurrentRuleBase(AdvisorProperties properties) {
		this(properties, RuleBaseValidator.NONE, new SimpleMeterRegistry(), true);
	}

	/**
	 * The application's: the first rule base is compiled (by {@link FirstRuleBaseCompile} when it was started
	 * early on the same rules) and checked on threads of their own while the context starts;
	 * {@link #afterSingletonsInstantiated()} waits for it, so a refused folder still stops the start.
	 */
	@Autowired
	CurrentRuleBase(AdvisorProperties properties, ObjectProvider<RuleBaseValidator> validator,
			ObjectProvider<MeterRegistry> meters, @Value("${advisor.rules.check-on-start:refuse}") String onStart,
			ObjectProvider<FirstRuleBaseCompile> earlyCompile) {
		this.properties = properties;
		this.validator = validator.getIfAvailable(() -> RuleBaseValidator.NONE);
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		boolean refuseOnStart = !"warn".equalsIgnoreCase(onStart.strip());
		ContentFolder folder = folder();
		FirstRuleBaseCompile early = earlyCompile.getIfAvailable();
		FirstRuleBaseCompile compile = early != null && early.isOf(folder) ? early
				: FirstRuleBaseCompile.start(folder, loader);
		this.first = compile.compiled().thenApplyAsync(compiled -> {
			long start = System.nanoTime();
			try {
				return firstInService(compiled, folder, refuseOnStart);
			}
			finally {
				StartupPhases.record("rule base check, unless the build ran it (own thread)", start);
			}
		}, CurrentRuleBase::onOwnThread);
	}

	CurrentRuleBase(AdvisorProperties properties, RuleBaseValidator validator, MeterRegistry meters,
			boolean refuseOnStart) {
		this.properties = properties;
		this.validator = validator;
		this.meters = meters;
		ContentFolder folder = folder();
		this.first = CompletableFuture.completedFuture(firstInService(loader.load(folder), folder, refuseOnStart));
	}

	private InService firstInService(RuleBase first, ContentFolder folder, boolean refuseOnStart) {
		List<RuleError> problems = validator.validate(first, folder);
		if (!problems.isEmpty()) {
			RuleCheckFailedException failed = new RuleCheckFailedException(problems);
			if (refuseOnStart) {
				throw failed;
			}
			log.warn("Starting on rules that fail the check (advisor.rules.check-on-start=warn): {}",
					failed.getMessage());
		}
		log.info("Rule base {} in service from {}: {} rules", first.version(), first.origin(),
				first.rules());
		return new InService(first, clock.instant(), problems, null);
	}

	private static void onOwnThread(Runnable work) {
		Thread thread = new Thread(work, "rule-base-first-check");
		thread.setDaemon(true);
		thread.start();
	}

	/** Waits for the first rule base once every bean is created: a refused folder stops the start here. */
	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		inService();
		StartupPhases.record("start waited for the rule base", start);
	}

	/** The rule base in service; the first one is waited for. */
	private InService inService() {
		InService inService = current.get();
		if (inService != null) {
			return inService;
		}
		try {
			current.compareAndSet(null, first.join());
		}
		catch (CompletionException failed) {
			throw failed.getCause() instanceof RuntimeException cause ? cause
					: new IllegalStateException("Cannot compile the rule base", failed.getCause());
		}
		return current.get();
	}

	public RuleBase get() {
		return inService().ruleBase();
	}

	/** The published revision in service (see {@link RuleRevisions}); null before the first is known. */
	public Integer revision() {
		return inService().revision();
	}

	/**
	 * Compiles the rules folder again, checks it and puts it in service on this instance only; throws
	 * {@link RuleCompilationException} (or its {@link RuleCheckFailedException}) and keeps the rule base in service
	 * when it does not compile or fails the check. {@link RuleRevisions#publishFolder} is the reload every instance
	 * follows.
	 */
	public synchronized RuleBase reload() {
		RuleBase fresh = prepare(folder());
		install(fresh, null);
		return fresh;
	}

	/**
	 * Compiles and checks a snapshot of the rules beside the rule base in service, which stays; a refusal is
	 * remembered as the last reload and thrown.
	 */
	synchronized RuleBase prepare(ContentFolder folder) {
		try {
			return compileAndCheck(folder);
		}
		catch (RuleCompilationException ex) {
			lastReload = new RuleBaseStatus.LastReload(clock.instant(), RuleBaseStatus.Outcome.REFUSED, null,
					ex.errors());
			meters.counter(RELOAD_METER, "outcome", "refused").increment();
			log.warn("Rule base reload refused, {} stays in service: {}", get().version(), ex.getMessage());
			throw ex;
		}
	}

	/**
	 * Puts a compiled rule base in service as the given revision (null: not published). Analyses that already took
	 * the old one finish on it.
	 */
	synchronized void install(RuleBase fresh, Integer revision) {
		inService();
		Instant now = clock.instant();
		InService old = current.getAndSet(new InService(fresh, now, List.of(), revision));
		lastReload = new RuleBaseStatus.LastReload(now, RuleBaseStatus.Outcome.RELOADED, fresh.version(), List.of());
		meters.counter(RELOAD_METER, "outcome", "reloaded").increment();
		log.info("Rule base {} in service (revision {}, from {}): {} -> {}, {} rules", fresh.version(), revision,
				fresh.origin(), old.ruleBase().version(), fresh.version(), fresh.rules());
	}

	/** A reload that found the rules in service unchanged is still a successful reload, for the admin and the metrics. */
	synchronized void confirmUnchanged() {
		lastReload = new RuleBaseStatus.LastReload(clock.instant(), RuleBaseStatus.Outcome.RELOADED, get().version(),
				List.of());
		meters.counter(RELOAD_METER, "outcome", "reloaded").increment();
	}

	/** Names the rule base in service as a published revision without swapping it (same rules, now numbered). */
	synchronized void number(int revision) {
		inService();
		current.updateAndGet(inService -> new InService(inService.ruleBase(), inService.since(),
				inService.problems(), revision));
	}

	/**
	 * Runs the rules check on the folder as it is on disk now without putting anything in service: the problems that
	 * would refuse a reload (compile errors included), empty when a reload would pass.
	 */
	public List<RuleError> check() {
		ContentFolder folder = folder();
		try {
			return validator.validate(loader.load(folder), folder);
		}
		catch (RuleCompilationException notCompiling) {
			return notCompiling.errors();
		}
	}

	/** The rule base in service and the outcome of the last reload, for the admin page. */
	public RuleBaseStatus status() {
		InService inService = inService();
		RuleBase ruleBase = inService.ruleBase();
		return new RuleBaseStatus(ruleBase.rules(), ruleBase.version(), inService.revision(), ruleBase.origin(),
				inService.since(), inService.problems(), lastReload);
	}

	public ContentFolder folder() {
		return ContentFolder.resolve(properties.rulesDir(), "rules");
	}

	private RuleBase compileAndCheck(ContentFolder folder) {
		RuleBase candidate = loader.load(folder);
		List<RuleError> problems = validator.validate(candidate, folder);
		if (!problems.isEmpty()) {
			throw new RuleCheckFailedException(problems);
		}
		return candidate;
	}

	/**
	 * A rule base, since when it is in service, the check's problems it was let in with (see check-on-start), and the
	 * published revision it is (null when not published).
	 */
	private record InService(RuleBase ruleBase, Instant since, List<RuleError> problems, Integer revision) {
	}

}
