package eu.serviceaudit.advisor.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import eu.serviceaudit.advisor.audit.Audit;
import eu.serviceaudit.advisor.audit.Finding;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.rules.fact.AlertFollowUp;
import eu.serviceaudit.advisor.rules.fact.Proposal;
import eu.serviceaudit.advisor.rules.fact.RecoveryAlert;
import eu.serviceaudit.advisor.rules.fact.Thresholds;
import eu.serviceaudit.advisor.system.Language;

/**
 * The words of one analysis in its language: criterion, location and role names and the {@code diagnosis} message
 * bundle's sentences. Codes never leak into a sentence: an unknown key falls back to the English bundle, an unknown
 * role or location to its code.
 */
final class Wording {

	private static final int MAX_QUOTE = 160;

	/** Compiled once: a big audit words hundreds of alerts, each quoting its customer's comment. */
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private final MessageSource messages;

	private final Language language;

	private final CriteriaCatalogue catalogue;

	private final Audit audit;

	private final Map<String, String> locationNames = new HashMap<>();

	Wording(MessageSource messages, Language language, CriteriaCatalogue catalogue, Audit audit) {
		this.messages = messages;
		this.language = language;
		this.catalogue = catalogue;
		this.audit = audit;
		audit.locations().forEach(l -> locationNames.put(l.id(), l.name() == null || l.name().isBlank() ? l.id() : l.name()));
	}

	Language language() {
		return language;
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, language.locale());
	}

	/** The criterion's name in the audit's language. */
	String criterion(String code) {
		return catalogue.find(code).map(c -> c.name(language)).orElse(code);
	}

	/** Criterion names, each in the language's quotation marks, separated by commas. */
	String criteria(Collection<String> codes) {
		return codes.stream().map(code -> quoted(criterion(code))).collect(Collectors.joining(", "));
	}

	String quoted(String text) {
		return switch (language) {
			case ET -> "„" + text + "“";
			case RU, UK -> "«" + text + "»";
			default -> "“" + text + "”";
		};
	}

	/** The location's name as the audit gives it, else its id. */
	String location(String id) {
		return id == null ? "" : locationNames.getOrDefault(id, id);
	}

	/** The owner role's name in the audit's language, else its code. */
	String role(String code) {
		return code == null ? null : message("diagnosis.role." + code);
	}

	/**
	 * The recommendation's title: the article's own title for this kind of action when it has one, else the article's
	 * title and what kind of action it is; and where, when the action is for one location.
	 */
	String title(String articleTitle, String kindTitle, Proposal proposal, boolean leadership) {
		String kind = proposal.kind().name();
		boolean ownTitle = kindTitle != null && !kindTitle.isBlank() && !kindTitle.equals(articleTitle);
		if (leadership) {
			return message("diagnosis.title.leadership", articleTitle, location(proposal.location()));
		}
		if (proposal.location() != null) {
			return ownTitle ? message("diagnosis.title.atLocation", kindTitle, location(proposal.location()))
					: message("diagnosis.title." + kind + ".local", articleTitle, location(proposal.location()));
		}
		return ownTitle ? kindTitle : message("diagnosis.title." + kind, articleTitle);
	}

	/** References of the failing findings at a location, of one criterion (or of all when {@code code} is null). */
	List<String> failingAt(String location, String code) {
		double failLine = Thresholds.DEFAULTS.failLine();
		return audit.findings()
			.filter(f -> location.equals(f.locationId()) && (code == null || code.equals(f.criterion()))
					&& f.normalisedScore() < failLine)
			.map(Finding::reference)
			.sorted()
			.toList();
	}

	/** Whole percent, for sentences. */
	static long percent(double share) {
		return Math.round(share * 100);
	}

	String alertReason(RecoveryAlert alert, AlertFollowUp followUp) {
		String key = followUp != null ? followUp.reasonKey() : alert.reasonKey() + ".recovery";
		Object[] arguments = alert.reasonArguments().stream().map(Wording::quote).toArray();
		if (alert.criterion() != null && arguments.length > 0) {
			arguments[0] = criterion(alert.criterion());
		}
		return message(key, arguments);
	}

	private static Object quote(String text) {
		String oneLine = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
		return oneLine.length() > MAX_QUOTE ? oneLine.substring(0, MAX_QUOTE) + "…" : oneLine;
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
