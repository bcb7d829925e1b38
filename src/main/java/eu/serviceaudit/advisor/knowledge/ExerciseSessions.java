package eu.serviceaudit.advisor.knowledge;

import java.util.List;

/**
 * The sessions an exercise can be added to, as the article page offers them. Training provides it; the knowledge
 * pages ask through this interface so that knowledge does not depend on training (training depends on knowledge).
 */
public interface ExerciseSessions {

	/** Every session a trainer may add an exercise to, in the order to offer them. */
	List<Choice> choices();

	record Choice(String id, String title) {
	}

}
