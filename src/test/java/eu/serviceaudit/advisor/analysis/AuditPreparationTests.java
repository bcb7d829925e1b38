package eu.serviceaudit.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.system.HelperThreads;
import eu.serviceaudit.advisor.system.Language;

/** What listeners derive from the audit alone is made beside the audit's stored form, and handed to them. */
class AuditPreparationTests {

	static final Audit AUDIT = new Audit("Client", "W1", Language.EN, List.of(), List.of());

	@Test
	void theEventHandsOnWhatWasPreparedAndMakesWhatWasNot() {
		AtomicInteger runs = new AtomicInteger();
		AuditPreparation<String> preparation = audit -> "made " + runs.incrementAndGet();
		Analysis analysis = mock(Analysis.class);

		assertThat(new AnalysisStored(analysis, AUDIT, true, Map.of(preparation, "prepared")).prepared(preparation))
			.isEqualTo("prepared");
		assertThat(runs).hasValue(0);
		assertThat(new AnalysisStored(analysis, AUDIT).prepared(preparation)).isEqualTo("made 1");
	}

	@Test
	void everyPreparationRunsOnceBesideTheStoredDocumentOffTheCallersThread() {
		Analyses analyses = mock(Analyses.class);
		when(analyses.auditDocument(AUDIT)).thenReturn(new byte[] { 1, 2, 3 });
		AuditPreparation<String> threadName = audit -> Thread.currentThread().getName();
		AuditPreparation<Integer> nothing = audit -> null;
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("threadName", threadName);
		beans.registerSingleton("nothing", nothing);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		ObjectProvider<AuditPreparation<?>> provider = (ObjectProvider) beans.getBeanProvider(AuditPreparation.class);
		HelperThreads helpers = new HelperThreads();
		AuditDocuments documents = new AuditDocuments(analyses, provider, helpers);
		try {
			AuditDocuments.Prepared prepared = documents.make(AUDIT).join();

			assertThat(prepared.document()).containsExactly(1, 2, 3);
			assertThat(prepared.results()).containsOnlyKeys(threadName);
			assertThat((String) prepared.results().get(threadName)).startsWith("request-helper-");
			// a preparation that made nothing is made again by the listener that asks for it
			assertThat(new AnalysisStored(mock(Analysis.class), AUDIT, true, prepared.results()).prepared(nothing))
				.isNull();
		}
		finally {
			helpers.destroy();
		}
	}

}
