package eu.serviceaudit.advisor.training;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.Article;
import eu.serviceaudit.advisor.knowledge.ArticleText;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;

/** A session as its pages show it: each exercise with its title, format and the minute it starts at. */
public record SessionView(TrainingSession session, List<Row> rows) {

	public record Row(int position, String articleId, String title, String summary, String format,
			int durationMinutes, int startsAtMinute, boolean first, boolean last) {

		/** The start as a clock time from 0:00, for the agenda. */
		public String startsAt() {
			return LocalTime.MIN.plusMinutes(startsAtMinute).toString();
		}

	}

	static SessionView of(TrainingSession session, KnowledgeBase knowledge) {
		Language language = Language.orDefault(session.language());
		List<Row> rows = new ArrayList<>();
		int start = 0;
		List<TrainingSession.Item> items = session.items();
		for (int i = 0; i < items.size(); i++) {
			TrainingSession.Item item = items.get(i);
			Article article = knowledge.find(item.articleId()).orElse(null);
			ArticleText text = article == null ? null : article.text(language);
			rows.add(new Row(item.position(), item.articleId(), text == null ? item.articleId() : text.title(),
					text == null ? "" : text.summary(),
					article == null || article.format() == null ? null : article.format().name(),
					item.durationMinutes(), start, i == 0, i == items.size() - 1));
			start += item.durationMinutes();
		}
		return new SessionView(session, rows);
	}

	public int total() {
		return session.totalMinutes();
	}

	public boolean over() {
		return session.overMinutes() > 0;
	}

	public int overBy() {
		return Math.max(0, session.overMinutes());
	}

	public int left() {
		return Math.max(0, -session.overMinutes());
	}

	/** Share of the time available that the exercises fill, capped at 100, for the bar. */
	public int percentUsed() {
		return session.availableMinutes() == 0 ? 100
				: Math.min(100, (int) Math.round(100.0 * total() / session.availableMinutes()));
	}

	/** The agenda as Markdown: a heading, the times and the exercises in order. */
	String markdown(String heading, String totalLine) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(escape(heading)).append("\n\n");
		md.append(escape(totalLine)).append("\n\n");
		for (Row row : rows) {
			md.append("- ").append(row.startsAt()).append(" — ").append(escape(row.title())).append(" (")
				.append(row.durationMinutes()).append(" min)\n");
		}
		return md.toString();
	}

	/** Markdown and HTML syntax in user text stays literal. */
	static String escape(String text) {
		return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>])", "\\\\$1").replace("\n", " ");
	}

}
