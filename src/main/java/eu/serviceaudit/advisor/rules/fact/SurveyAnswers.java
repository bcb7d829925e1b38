package eu.serviceaudit.advisor.rules.fact;

import java.util.Collection;
import java.util.List;

import eu.serviceaudit.advisor.audit.SurveyResponse;

/**
 * All survey answers of an audit as one fact; rules read them with {@code SurveyResponse( ... ) from $answers.all()}, those with a comment
 * {@code from $answers.withComment()}.
 * One fact instead of one per answer for the same reason as {@link Findings}. Read-only.
 */
public final class SurveyAnswers {

	private final List<SurveyResponse> all;

	private SurveyTally tally;

	private List<SurveyResponse> withComment;

	private SurveyAnswers(List<SurveyResponse> all) {
		this.all = all;
	}

	public static SurveyAnswers of(Collection<SurveyResponse> responses) {
		return new SurveyAnswers(List.copyOf(responses));
	}

	/** Every answer, in the order of the audit. */
	public List<SurveyResponse> all() {
		return all;
	}

	/** How many answers the audit has. */
	public int count() {
		return all.size();
	}

	/** The answers that carry a comment, in the order of the audit (see {@link Findings#withComment()}). */
	public List<SurveyResponse> withComment() {
		if (withComment == null) {
			withComment = all.stream().filter(SurveyResponse::hasComment).toList();
		}
		return withComment;
	}

	/** The answers counted for every survey measure; made once, on first use. */
	public SurveyTally tally() {
		if (tally == null) {
			tally = SurveyTally.of(all);
		}
		return tally;
	}

	@Override
	public String toString() {
		return all.size() + " survey answers";
	}

}
