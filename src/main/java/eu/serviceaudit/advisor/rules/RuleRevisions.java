package eu.serviceaudit.advisor.rules;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.system.StartupPhases;
import eu.serviceaudit.advisor.system.content.ContentFolder;
import eu.serviceaudit.advisor.system.web.ConflictException;

/**
 * The rule base shared by every instance on one database. An admin publishes a revision (the rules folder, compiled
 * and checked like {@code --check-rules}, stored with who, when and why); every instance polls for the newest
 * revision not withdrawn and puts it in service (within the poll interval plus a compile); a rollback withdraws the
 * newest revision, so that the one before it is served again. On an empty database the rules folder this instance
 * started with becomes revision 1. Analyses in flight finish on the rule base they took (see {@link CurrentRuleBase}).
 */
@Component
public class RuleRevisions implements SmartInitializingSingleton {

	/** Longest reason kept with a revision (its column). */
	public static final int MAX_REASON = 500;

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(RuleRevisions.class);

	private final CurrentRuleBase rules;

	private final RuleRevisionStore store;

	private final Duration pollInterval;

	private final Clock clock = Clock.systemUTC();

	private final Instant startedAt = clock.instant();

	private final RuleBaseLoader loader = new RuleBaseLoader();

	/** The last few compiled rule bases by version: a rollback, or a revision published here, needs no compile. */
	private final Map<String, RuleBase> compiled = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
			return size() > 4;
		}
	};

	private volatile String instance;

	private volatile boolean reporting;

	/** A revision that did not compile here: not tried again on every poll, only when a newer one appears. */
	private Integer failed;

	RuleRevisions(CurrentRuleBase rules, RuleRevisionStore store,
			@Value("${advisor.rules.poll-interval:2s}") Duration pollInterval,
			@Value("${advisor.instance-name:}") String instanceName) {
		this.rules = rules;
		this.store = store;
		this.pollInterval = pollInterval;
		this.instance = instanceName.isBlank() ? host() : instanceName.strip();
	}

	/**
	 * Seeds revision 1 from the rules folder on an empty database, or takes up the newest revision published; once
	 * every bean is created, so that the first rule base compiles meanwhile.
	 */
	@Override
	public synchronized void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		seedOrFollow();
		StartupPhases.record("rule revisions seed", start);
	}

	private void seedOrFollow() {
		RuleBase started = rules.get();
		compiled.put(started.version(), started);
		if (store.servedRevision().isEmpty()) {
			try {
				ContentFolder folder = rules.folder();
				store.insert(1, started, folder, SYSTEM, "seeded from " + folder.origin() + " on an empty database",
						clock.instant());
				log.info("Rule revision 1 seeded from {}", folder.origin());
			}
			catch (DuplicateKeyException seededByAnotherInstance) {
				log.info("Rule revision 1 was seeded meanwhile by another instance");
			}
		}
		follow();
	}

	Duration pollInterval() {
		return pollInterval;
	}

	/** The name this instance reports under; the host and port once the port is known. */
	public String instance() {
		return instance;
	}

	/** From now on this instance reports under that name (once its port is known) at every poll. */
	synchronized void startReporting(String name) {
		instance = name;
		reporting = true;
	}

	/**
	 * Reads the rules folder, checks it like {@code --check-rules} and publishes it as the next revision, which this
	 * instance serves at once and the others within a poll. Throws {@link RuleCompilationException} (422) and changes
	 * nothing when it does not compile or fails the check. A folder whose rules equal the newest revision's publishes
	 * nothing new.
	 */
	public synchronized RuleBase publishFolder(String by, String reason) {
		ContentFolder folder = rules.folder();
		String version = folder.only(RuleBaseLoader::isRuleFile).contentHash();
		Optional<RuleRevision> newest = store.active(1).stream().findFirst();
		if (newest.isPresent() && newest.get().version().equals(version)) {
			serve(newest.get().revision(), compile(newest.get()));
			rules.confirmUnchanged();
			return rules.get();
		}
		// stored pending first: the other instances compile it while this one checks it, and switch at the confirm
		int revision = insertPendingWithRetry(version, folder, by, reason);
		RuleBase fresh;
		try {
			fresh = rules.prepare(folder);
		}
		catch (RuntimeException refused) {
			store.discard(revision);
			throw refused;
		}
		store.confirm(revision, fresh.rules(), clock.instant());
		compiled.put(fresh.version(), fresh);
		serve(revision, fresh);
		log.info("Rule revision {} ({}, {} rules) published by {}: {}", revision, fresh.version(), fresh.rules(), by,
				reason);
		return fresh;
	}

	/**
	 * Withdraws the revision in service everywhere so that the one before it is served again; 409 when there is no
	 * earlier revision. Returns the revision now served.
	 */
	public synchronized RuleRevision rollback(String by, String reason) {
		List<RuleRevision> active = store.active(2);
		if (active.size() < 2) {
			throw new ConflictException("There is no earlier rule revision to go back to");
		}
		RuleRevision withdrawn = active.get(0);
		RuleRevision previous = active.get(1);
		// compiled before anything changes, so that a revision that no longer compiles here changes nothing
		compile(previous);
		if (store.withdraw(withdrawn.revision(), by, reason, clock.instant())) {
			log.info("Rule revision {} withdrawn by {} ({}); revision {} is served again", withdrawn.revision(), by,
					reason, previous.revision());
		}
		follow();
		Integer now = rules.revision();
		return now == null ? previous : store.find(now).orElse(previous);
	}

	/** Every revision, newest first (at most {@code limit}). */
	public List<RuleRevision> revisions(int limit) {
		return store.all(limit);
	}

	/** The instances heard from in the last hour and what they serve; live when heard from within a few polls. */
	public List<ServingInstance> instances() {
		Instant now = clock.instant();
		Duration live = pollInterval.multipliedBy(5).plusSeconds(5);
		return store.instances(now.minus(Duration.ofHours(1)), now.minus(live));
	}

	/** One poll: serve the newest revision if it is not served yet, and report what is served. */
	synchronized void poll() {
		follow();
		reporting = true;
		store.heartbeat(instance, rules.revision(), rules.get().version(), startedAt, clock.instant());
		prepareAhead();
	}

	/**
	 * Compiles a revision another instance is still checking, so that this one switches the moment it is confirmed
	 * instead of compiling then. What does not compile here is left to {@link #follow()} to report.
	 */
	private void prepareAhead() {
		store.discardPendingBefore(clock.instant().minus(Duration.ofMinutes(10)));
		Optional<RuleRevision> pending = store.pending();
		if (pending.isEmpty() || compiled.containsKey(pending.get().version())) {
			return;
		}
		try {
			compile(pending.get());
		}
		catch (RuntimeException notHere) {
			log.debug("Pending rule revision {} does not compile here: {}", pending.get().revision(), notHere.toString());
		}
	}

	/** This instance stops: it leaves the list at once rather than after an hour. */
	synchronized void leave() {
		reporting = false;
		store.forget(instance);
	}

	private void follow() {
		Optional<Integer> newest = store.servedRevision();
		if (newest.isEmpty() || newest.get().equals(rules.revision()) || newest.get().equals(failed)) {
			return;
		}
		RuleRevision revision = store.find(newest.get()).orElseThrow();
		try {
			serve(revision.revision(), compile(revision));
			failed = null;
		}
		catch (RuleCompilationException ex) {
			failed = revision.revision();
			log.error("Rule revision {} does not compile on this instance; {} stays in service: {}",
					revision.revision(), rules.get().version(), ex.getMessage());
		}
	}

	private RuleBase compile(RuleRevision revision) {
		RuleBase known = compiled.get(revision.version());
		if (known != null) {
			return known;
		}
		RuleBase fresh = loader.load(store.folder(revision));
		compiled.put(fresh.version(), fresh);
		return fresh;
	}

	private void serve(int revision, RuleBase ruleBase) {
		if (ruleBase.version().equals(rules.get().version())) {
			rules.number(revision);
		}
		else {
			rules.install(ruleBase, revision);
		}
		if (reporting) {
			store.heartbeat(instance, revision, ruleBase.version(), startedAt, clock.instant());
		}
	}

	private int insertPendingWithRetry(String version, ContentFolder folder, String by, String reason) {
		for (int attempt = 1;; attempt++) {
			try {
				return store.insertPending(version, folder, by, reason, clock.instant());
			}
			catch (DuplicateKeyException publishedMeanwhile) {
				if (attempt == 3) {
					throw new ConflictException("Another revision was being published at the same time; try again");
				}
			}
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "localhost";
		}
	}

}
