package eu.serviceaudit.advisor.knowledge.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseReloaded;

/** The index is built at start from the knowledge base in service, and again after each reload. */
@Configuration(proxyBeanMethods = false)
class KnowledgeSearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeSearchConfiguration.class);

	@Bean(destroyMethod = "close")
	KnowledgeIndex knowledgeIndex(CurrentKnowledgeBase knowledgeBase) {
		KnowledgeIndex index = new KnowledgeIndex(new LanguageAnalyzers());
		build(index, knowledgeBase.get());
		return index;
	}

	@Bean
	KnowledgeSearcher knowledgeSearcher(KnowledgeIndex index) {
		return new KnowledgeSearcher(index);
	}

	@Bean
	IndexRebuilder knowledgeIndexRebuilder(KnowledgeIndex index) {
		return new IndexRebuilder(index);
	}

	static void build(KnowledgeIndex index, KnowledgeBase knowledgeBase) {
		long start = System.nanoTime();
		index.rebuild(knowledgeBase.all(), knowledgeBase.version());
		log.info("Knowledge-base index built: {} articles, {} documents in {} ms (version {})",
				knowledgeBase.all().size(), index.documents(), (System.nanoTime() - start) / 1_000_000,
				knowledgeBase.version());
	}

	static final class IndexRebuilder {

		private final KnowledgeIndex index;

		IndexRebuilder(KnowledgeIndex index) {
			this.index = index;
		}

		@EventListener
		void rebuild(KnowledgeBaseReloaded event) {
			build(index, event.knowledgeBase());
		}

	}

}
