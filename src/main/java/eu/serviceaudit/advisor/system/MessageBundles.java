package eu.serviceaudit.advisor.system;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, one family per feature so that each feature keeps its words beside the others' without
 * touching them. {@code spring.messages.basename} in application.properties lists the same names.
 */
public final class MessageBundles {

	public static final String[] BASENAMES = { "messages/messages", "messages/diagnosis", "messages/reports",
			"messages/waves", "messages/pages" };

	private MessageBundles() {
	}

	/** A message source for code that runs outside the Spring context (the rules check, benchmarks, tests). */
	public static ResourceBundleMessageSource standalone() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(BASENAMES);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
