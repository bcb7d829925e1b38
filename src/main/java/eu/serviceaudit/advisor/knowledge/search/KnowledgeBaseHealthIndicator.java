package eu.serviceaudit.advisor.knowledge.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component "knowledgeBase": UP once the search index is built and open. */
@Component("knowledgeBaseHealthIndicator")
class KnowledgeBaseHealthIndicator implements HealthIndicator {

	private final KnowledgeIndex index;

	KnowledgeBaseHealthIndicator(KnowledgeIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		if (!index.isOpen()) {
			return Health.down().withDetail("index", "not built").build();
		}
		return Health.up().withDetail("documents", index.documents()).withDetail("version", index.version()).build();
	}

}
