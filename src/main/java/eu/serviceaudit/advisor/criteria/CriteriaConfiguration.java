package eu.serviceaudit.advisor.criteria;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.serviceaudit.advisor.system.AdvisorProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

@Configuration(proxyBeanMethods = false)
class CriteriaConfiguration {

	/** The catalogue is part of the contract: read once at start from the knowledge-base folder. */
	@Bean
	CriteriaCatalogue criteriaCatalogue(AdvisorProperties properties) {
		return CriteriaCatalogue.load(ContentFolder.resolve(properties.kbDir(), "knowledge-base"));
	}

}
