package eu.serviceaudit.advisor.knowledge.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBaseReloaded;

/**
 * The index is built at start from the knowledge base in service, and again after each reload. The first build runs
 * on its own thread while the rest of the context starts (the rule base compiles meanwhile); the start waits for it
 * before the context is refreshed, so the application never serves with an empty index, and a build that fails still
 * fails the start. Until it is built the index's health is DOWN. The first build reads the index the build of the jar
 * prepared when the knowledge base is exactly the bundled one ({@link PreparedKnowledgeIndex}); a reload always
 * indexes.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeSearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeSearchConfiguration.class);

	/** Opened on the first build's thread: the analyzers and Lucene's writer are not made on the main thread. */
	@Bean(destroyMethod = "close")
	KnowledgeIndex knowledgeIndex() {
		return new KnowledgeIndex(LanguageAnalyzers::shared);
	}

	@Bean
	FirstBuild knowledgeIndexFirstBuild(KnowledgeIndex index, CurrentKnowledgeBase knowledgeBase) {
		KnowledgeBase served = knowledgeBase.get();
		CompletableFuture<Void> build = new CompletableFuture<>();
		Thread builder = new Thread(() -> {
			try {
				firstBuild(index, served);
				build.complete(null);
			}
			catch (Throwable failure) {
				build.completeExceptionally(failure);
			}
		}, "knowledge-index-build");
		builder.setDaemon(true);
		builder.start();
		return new FirstBuild(build);
	}

	/**
	 * Starts the first build when the rule base starts compiling, so that the two overlap: by the order of the bean
	 * definitions the build would otherwise start only after the rule base is done.
	 */
	@Bean
	static EarlyStart knowledgeIndexEarlyStart() {
		return new EarlyStart();
	}

	@Bean
	KnowledgeSearcher knowledgeSearcher(KnowledgeIndex index) {
		return new KnowledgeSearcher(index);
	}

	@Bean
	IndexRebuilder knowledgeIndexRebuilder(KnowledgeIndex index) {
		return new IndexRebuilder(index);
	}

	/** The prepared index when it is of this knowledge base, else a build. */
	static void firstBuild(KnowledgeIndex index, KnowledgeBase knowledgeBase) {
		long start = System.nanoTime();
		var prepared = PreparedKnowledgeIndex.of(knowledgeBase.version());
		if (prepared.isEmpty() || !index.openPrepared(prepared.get(), knowledgeBase.all(), knowledgeBase.version())) {
			build(index, knowledgeBase);
			log.info("The first knowledge-base index build took {} ms CPU", threadCpuMillis());
			return;
		}
		log.info("Knowledge-base index read as the build prepared it: {} articles, {} documents in {} ms, {} ms CPU "
				+ "(version {})", knowledgeBase.all().size(), index.documents(), (System.nanoTime() - start) / 1_000_000,
				threadCpuMillis(), knowledgeBase.version());
	}

	static void build(KnowledgeIndex index, KnowledgeBase knowledgeBase) {
		long start = System.nanoTime();
		index.rebuild(knowledgeBase.all(), knowledgeBase.version());
		log.info("Knowledge-base index built: {} articles, {} documents in {} ms (version {})",
				knowledgeBase.all().size(), index.documents(), (System.nanoTime() - start) / 1_000_000,
				knowledgeBase.version());
	}

	/** The CPU time of the current thread so far: on a busy machine the elapsed time says little. */
	private static long threadCpuMillis() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
	}

	static final class EarlyStart implements InstantiationAwareBeanPostProcessor, BeanFactoryAware {

		/** The bean whose creation compiles and checks the rule base (the longest step of the start). */
		static final String RULE_BASE = "currentRuleBase";

		private final AtomicBoolean started = new AtomicBoolean();

		private BeanFactory beans;

		@Override
		public void setBeanFactory(BeanFactory beanFactory) {
			this.beans = beanFactory;
		}

		@Override
		public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
			if (RULE_BASE.equals(beanName) && started.compareAndSet(false, true)) {
				try {
					beans.getBean(FirstBuild.class);
				}
				catch (BeansException notYet) {
					// something the build needs is itself being created: it starts in the usual order instead
					log.debug("The knowledge-base index starts building later: {}", notYet.toString());
				}
			}
			return null;
		}

	}

	/** The first build, joined once every other singleton is created. */
	static final class FirstBuild implements SmartInitializingSingleton {

		private final CompletableFuture<Void> build;

		FirstBuild(CompletableFuture<Void> build) {
			this.build = build;
		}

		@Override
		public void afterSingletonsInstantiated() {
			long start = System.nanoTime();
			try {
				build.join();
			}
			catch (CompletionException failed) {
				throw failed.getCause() instanceof RuntimeException cause ? cause
						: new IllegalStateException("Cannot build the knowledge-base index", failed.getCause());
			}
			log.info("Start-up waited {} ms for the knowledge-base index after the other beans",
					(System.nanoTime() - start) / 1_000_000);
		}

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
