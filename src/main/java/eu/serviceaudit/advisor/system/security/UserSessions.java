package eu.serviceaudit.advisor.system.security;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the web sessions of a user, found by the principal-name index of Spring Session, so that a disabled user or
 * one whose password changed cannot go on with a session opened before (on any instance: the sessions live in the
 * database).
 */
@Component
public class UserSessions {

	private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the user except {@code keepSessionId} (null ends all); returns how many ended. */
	public int end(String username, String keepSessionId) {
		Map<String, ? extends Session> open = sessions.findByPrincipalName(username);
		int ended = 0;
		for (String id : open.keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of the user {}", ended, username);
		}
		return ended;
	}

}
