package eu.serviceaudit.advisor.plan.export;

import java.util.List;
import java.util.function.Function;

/**
 * Everything an export shows, already in the plan's language and order: summary scores, strengths first, then the
 * actions in rank order. Holds no employee names: owners are named by role.
 */
record PlanDocument(String title, String client, String wave, String date, List<Figure> summary,
		List<Note> cautions, List<Note> diagnoses, List<Strength> strengths, List<Action> actions,
		Function<String, String> label) {

	/** A caution or a diagnosis of the analysis: a heading and its text, both in the plan's language. */
	record Note(String heading, String text) {
	}

	/** A summary score, already formatted ("0.74", "12.5", "—" when unknown). */
	record Figure(String label, String value) {
	}

	record Strength(String criterion, String name, String score) {
	}

	record Action(int rank, String title, String kind, String addresses, String kpi, String kpiCriterion,
			String target, String ownerRole, String horizon, String dueDate, String status, String note,
			List<String> trainingActions, String kpiResult, String locations, String why) {
	}

	String label(String key) {
		return label.apply(key);
	}

}
