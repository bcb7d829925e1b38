package eu.serviceaudit.advisor.rules.fact;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.serviceaudit.advisor.audit.SurveyResponse;

/**
 * The survey answers of an audit counted once: how many answered each question with each value, the efforts' sum, and
 * the sums the agreement of "would you recommend us" and "how satisfied were you" needs over the answers that gave
 * both. The rules read every survey figure from it (scores/survey-scores.drl, cautions/survey-cautions.drl) and keep
 * the thresholds (who is a promoter, who is satisfied) themselves. Made in one pass over the
 * answers ({@link SurveyAnswers#tally()}) instead of one accumulate per measure over every answer.
 */
public final class SurveyTally {

	private final Map<Integer, Integer> recommend = new TreeMap<>();

	private final Map<Integer, Integer> satisfaction = new TreeMap<>();

	private int responses;

	private int recommendAnswers;

	private int satisfactionAnswers;

	private int effortAnswers;

	private double effortSum;

	private int pairs;

	private double sumX;

	private double sumY;

	private double sumXX;

	private double sumYY;

	private double sumXY;

	/** The count of these answers. */
	public static SurveyTally of(List<SurveyResponse> responses) {
		SurveyTally tally = new SurveyTally();
		responses.forEach(tally::add);
		return tally;
	}

	private void add(SurveyResponse response) {
		responses++;
		Integer r = response.recommend();
		Integer s = response.satisfaction();
		if (r != null) {
			recommendAnswers++;
			recommend.merge(r, 1, Integer::sum);
		}
		if (s != null) {
			satisfactionAnswers++;
			satisfaction.merge(s, 1, Integer::sum);
		}
		if (response.effort() != null) {
			effortAnswers++;
			effortSum += response.effort();
		}
		if (r != null && s != null) {
			pairs++;
			sumX += r;
			sumY += s;
			sumXX += r * r;
			sumYY += s * s;
			sumXY += r * s;
		}
	}

	/** How many responses were counted. */
	public int responses() {
		return responses;
	}

	/** How many responses answered "would you recommend us". */
	public int recommendAnswers() {
		return recommendAnswers;
	}

	/** How many recommended us {@code least} or more. */
	public int recommendAtLeast(int least) {
		return count(recommend, least, Integer.MAX_VALUE);
	}

	/** How many recommended us {@code most} or less. */
	public int recommendAtMost(int most) {
		return count(recommend, Integer.MIN_VALUE, most);
	}

	/** How many responses answered "how satisfied were you". */
	public int satisfactionAnswers() {
		return satisfactionAnswers;
	}

	/** How many were satisfied {@code least} or more. */
	public int satisfactionAtLeast(int least) {
		return count(satisfaction, least, Integer.MAX_VALUE);
	}

	/** How many responses answered the effort question. */
	public int effortAnswers() {
		return effortAnswers;
	}

	/** The mean effort of the responses that answered it. */
	public double meanEffort() {
		return effortSum / effortAnswers;
	}

	/** How many responses answered both "would you recommend us" and "how satisfied were you". */
	public int pairs() {
		return pairs;
	}

	/** Their agreement. */
	public SurveyAgreement agreement() {
		return SurveyAgreement.of(pairs, sumX, sumY, sumXX, sumYY, sumXY);
	}

	private static int count(Map<Integer, Integer> answers, int least, int most) {
		int n = 0;
		for (Map.Entry<Integer, Integer> answer : answers.entrySet()) {
			if (answer.getKey() >= least && answer.getKey() <= most) {
				n += answer.getValue();
			}
		}
		return n;
	}

}
