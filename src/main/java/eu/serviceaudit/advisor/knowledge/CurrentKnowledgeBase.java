package eu.serviceaudit.advisor.knowledge;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * The knowledge base in service. Loaded at start, so an invalid folder stops the start with its problems; a reload
 * swaps it whole or keeps the old one.
 */
@Component
public class CurrentKnowledgeBase {

	private final AdvisorProperties properties;

	private final KnowledgeBaseLoader loader;

	private final ApplicationEventPublisher events;

	private final AtomicReference<KnowledgeBase> current = new AtomicReference<>();

	CurrentKnowledgeBase(AdvisorProperties properties, CriteriaCatalogue criteria, ApplicationEventPublisher events) {
		this.properties = properties;
		this.events = events;
		this.loader = new KnowledgeBaseLoader(criteria);
		this.current.set(loader.load(folder()));
	}

	public KnowledgeBase get() {
		return current.get();
	}

	/**
	 * Reads the folder again; throws {@link InvalidKnowledgeBaseException} and keeps the old one when invalid. On
	 * success publishes {@link KnowledgeBaseReloaded}, so that the search index is rebuilt before this returns.
	 */
	public synchronized KnowledgeBase reload() {
		KnowledgeBase fresh = loader.load(folder());
		current.set(fresh);
		events.publishEvent(new KnowledgeBaseReloaded(fresh));
		return fresh;
	}

	public ContentFolder folder() {
		return ContentFolder.resolve(properties.kbDir(), "knowledge-base");
	}

}
