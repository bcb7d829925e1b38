package eu.serviceaudit.advisor.rules;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The rule base in service. Compiled once at start, so a broken rules folder stops the start with its errors. A
 * reload compiles beside the running rule base and swaps only when the new one compiles; an analysis takes its
 * reference once and finishes on it whatever happens meanwhile.
 */
@Component
public class CurrentRuleBase {

	private static final Logger log = LoggerFactory.getLogger(CurrentRuleBase.class);

	private final AdvisorProperties properties;

	private final RuleBaseLoader loader = new RuleBaseLoader();

	private final AtomicReference<RuleBase> current = new AtomicReference<>();

	CurrentRuleBase(AdvisorProperties properties) {
		this.properties = properties;
		RuleBase first = loader.load(folder());
		current.set(first);
		log.info("Rule base {} compiled from {}: {} rules", first.version(), first.origin(), first.rules());
	}

	public RuleBase get() {
		return current.get();
	}

	/**
	 * Compiles the rules folder again and puts it in service; throws {@link RuleCompilationException} and keeps the
	 * rule base in service when it does not compile.
	 */
	public synchronized RuleBase reload() {
		RuleBase fresh = loader.load(folder());
		RuleBase old = current.getAndSet(fresh);
		log.info("Rule base reloaded from {}: {} -> {}, {} rules", fresh.origin(), old.version(), fresh.version(),
				fresh.rules());
		return fresh;
	}

	public ContentFolder folder() {
		return ContentFolder.resolve(properties.rulesDir(), "rules");
	}

}
