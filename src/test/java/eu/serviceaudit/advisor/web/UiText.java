package eu.serviceaudit.advisor.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader of one language must never meet on a page or in an export: a raw code of the data model
 * (OPERATIONS_MANAGER, 30_DAYS, SYSTEMIC, ROLE_PLAY) or, outside English, a common English word of the interface.
 * Text marked with another {@code lang} (an audit's content in its own language) and verbatim quotes of customers
 * are the data, not the interface, and are left out.
 */
final class UiText {

	/** UPPER_SNAKE codes and codes that start with a number (30_DAYS). */
	static final Pattern SNAKE_CODE = Pattern.compile("\\b(?:\\d+_[A-Z][A-Z0-9_]*|[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\\b");

	/** Codes of one word that are enumerated values of the model (patterns, kinds, statuses, roles, types …). */
	static final Set<String> WORD_CODES = Set.of("SYSTEMIC", "RECURRING", "ISOLATED", "NONE", "COACHING", "TRAINING",
			"PROCESS", "HIGH", "MEDIUM", "OPEN", "DONE", "DROPPED", "EXERCISE", "PRACTICE", "RECOMMENDATION", "DRILL",
			"WORKSHOP", "BRAINSTORM", "SHADOWING", "CHECKLIST", "ADMIN", "CONSULTANT", "MANAGER", "TRAINER", "EMPATHY",
			"ASSURANCE", "RELIABILITY", "RESPONSIVENESS", "TANGIBLES", "LOCAL", "RECOVERY", "PUBLISHED",
			"RETAIL", "BANKING", "HOSPITALITY", "FRONTLINE", "ORGANISATION", "GREETING", "NOW", "CONTACTED",
			"RESOLVED", "MET", "KEEP", "MAINTAIN", "LATER", "BASIC", "INTERMEDIATE", "ADVANCED", "WELCOME");

	/** Common English words of the interface, as they would show if a text were left untranslated. */
	static final Set<String> ENGLISH = Set.of("the", "and", "with", "your", "this", "that", "are", "not", "has",
			"have", "was", "were", "will", "Save", "Delete", "Cancel", "Search", "Next", "Previous", "Score", "Plan",
			"Plans", "Action", "Actions", "Status", "Open", "Done", "Edit", "Remove", "Add", "Back", "Password",
			"User", "Users", "Language", "Analysis", "Analyses", "Alerts", "Upload", "Knowledge", "Training",
			"Export", "Download", "Report", "Reports", "Wave", "Waves", "Client", "Location", "Criterion", "Criteria",
			"Recommendation", "Recommendations", "Owner", "Due", "Progress", "Title", "Summary", "Strengths",
			"Weaknesses", "Priority", "Horizon", "Within", "days", "Now", "Coaching", "Process", "Role", "Rules",
			"Menu", "Error", "Page", "Show", "Hide", "Choose", "Apply", "Clear", "All", "none", "Why", "Exercise",
			"Exercises", "Session", "Sessions", "Minutes", "Target", "Dashboard", "Compare", "Comparison", "Draft",
			"Published", "Archive", "Archived", "Filter", "Overdue", "overdue", "Log", "Logout", "Change", "Reload",
			"Check", "Create", "Enable", "Disable", "Active", "Disabled", "Reason", "Severity", "Pattern", "Kind",
			"Diagnoses", "Cautions", "Comments", "Customers", "Only", "Measure", "Findings", "Observations",
			"Responses", "Strength", "Weakness", "Alert", "Dimension", "Agenda", "Duration", "Format", "Type",
			"Level", "Print", "Articles", "Version", "Team", "Note", "Items", "Item", "Position", "Move", "Up",
			"Down", "Keep", "Replace", "Both", "Date", "Created", "Updated", "Results", "Nothing", "Found");

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

	private UiText() {
	}

	/** The interface text of an HTML page in its own language: body text and the attributes people hear or see. */
	static String ofPage(String html, String language) {
		Document page = Jsoup.parse(html);
		page.select("script, style, template, .verbatim, .user-name, .user-content").remove();
		for (Element element : new ArrayList<>(page.select("[lang]"))) {
			if (!element.tagName().equals("html") && !element.attr("lang").equals(language)) {
				element.remove();
			}
		}
		StringBuilder text = new StringBuilder(page.body() == null ? "" : page.body().text());
		text.append('\n').append(page.title());
		for (String attribute : List.of("aria-label", "title", "placeholder", "alt", "data-confirm")) {
			page.select("[" + attribute + "]").forEach(e -> text.append('\n').append(e.attr(attribute)));
		}
		return text.toString();
	}

	/** A verbatim quote inside a sentence ("… and wrote: «Queue at the till …»"): the customer's words. */
	private static final Pattern QUOTE = Pattern.compile("«[^»]*»|„[^“”]*[“”]|“[^”]*”");

	/** Raw codes and, outside English, English words in a text; empty when the text reads right. */
	static List<String> problems(String fullText, String language) {
		String text = QUOTE.matcher(fullText).replaceAll("«»");
		Set<String> found = new LinkedHashSet<>();
		Matcher codes = SNAKE_CODE.matcher(text);
		while (codes.find()) {
			found.add("raw code " + codes.group());
		}
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group();
			if (WORD_CODES.contains(word)) {
				found.add("raw code " + word);
			}
			else if (!"en".equals(language) && ENGLISH.contains(word)) {
				found.add("English word \"" + word + "\" in: …" + around(text, words.start()) + "…");
			}
		}
		return new ArrayList<>(found);
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
	}

}
