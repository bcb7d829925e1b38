package eu.serviceaudit.advisor.knowledge;

/** How an exercise is run. */
public enum ExerciseFormat {

	ROLE_PLAY, DRILL, WORKSHOP, CASE_STUDY, BRAINSTORM, SHADOWING, SELF_STUDY, CHECKLIST

}
