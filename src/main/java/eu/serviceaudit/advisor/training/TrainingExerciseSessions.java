package eu.serviceaudit.advisor.training;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.serviceaudit.advisor.knowledge.ExerciseSessions;

/** The training sessions offered on an exercise's article page, newest change first as the session list has them. */
@Component
class TrainingExerciseSessions implements ExerciseSessions {

	private final TrainingSessionService sessions;

	TrainingExerciseSessions(TrainingSessionService sessions) {
		this.sessions = sessions;
	}

	@Override
	public List<Choice> choices() {
		return sessions.list().stream().map(session -> new Choice(session.id(), session.title())).toList();
	}

}
