package eu.serviceaudit.advisor.knowledge;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * The application's: takes over the {@link FirstKnowledgeBaseLoad} started before the context when it is of the
	 * same folder (waiting for it if need be), else loads here.
	 */
	CurrentKnowledgeBase(AdvisorProperties properties, CriteriaCatalogue criteria, ApplicationEventPublisher events,
			ObjectProvider<FirstKnowledgeBaseLoad> earlyLoad) {
		this.properties = properties;
		this.events = events;
		this.loader = new KnowledgeBaseLoader(criteria);
		FirstKnowledgeBaseLoad early = earlyLoad.getIfAvailable();
		this.current.set(early != null && early.isOf(properties.kbDir()) ? early.join() : loader.load(folder()));
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
