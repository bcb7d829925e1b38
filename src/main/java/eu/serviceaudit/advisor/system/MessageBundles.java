package eu.serviceaudit.advisor.system;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, one family per feature so that each feature keeps its words beside the others' without
 * touching them. Their messages may choose a word's form by a count ({@code {0,plural,one{…} other{…}}}, see
 * {@link PluralMessageSource}), so the app's {@code messageSource} bean is this one, not Spring Boot's.
 */
public final class MessageBundles {

	public static final String[] BASENAMES = { "messages/messages", "messages/diagnosis", "messages/reports",
			"messages/waves", "messages/pages" };

	private MessageBundles() {
	}

	/**
	 * The message source of the app ({@link MessageSourceConfiguration}) and of code that runs outside the Spring
	 * context (the rules check, benchmarks, tests).
	 */
	public static ResourceBundleMessageSource standalone() {
		ResourceBundleMessageSource messages = new PluralMessageSource();
		messages.setBasenames(BASENAMES);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
