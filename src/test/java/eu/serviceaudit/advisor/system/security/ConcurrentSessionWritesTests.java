package eu.serviceaudit.advisor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import eu.serviceaudit.advisor.support.ApiTestSupport;

/**
 * Two requests of one session that both add the same new attribute (a page and its first fetch right after signing
 * in, each storing the CSRF token) both succeed, on the default H2; HardeningOnPostgresTests runs the same on
 * PostgreSQL.
 */
public class ConcurrentSessionWritesTests extends ApiTestSupport {

	private static final String CSRF_TOKEN = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		twoRequestsAddTheSameAttribute(sessions);
	}

	/** Both requests read the session before either wrote: each sees the attribute as new and adds it. */
	public static <S extends Session> void twoRequestsAddTheSameAttribute(SessionRepository<S> sessions) {
		S signedIn = sessions.createSession();
		signedIn.setAttribute("signed-in", "consultant");
		sessions.save(signedIn);
		S page = sessions.findById(signedIn.getId());
		S fetch = sessions.findById(signedIn.getId());
		page.setAttribute(CSRF_TOKEN, "token of the page");
		fetch.setAttribute(CSRF_TOKEN, "token of the fetch");

		sessions.save(page);
		assertThatCode(() -> sessions.save(fetch)).doesNotThrowAnyException();

		S after = sessions.findById(signedIn.getId());
		assertThat((String) after.getAttribute(CSRF_TOKEN)).isEqualTo("token of the fetch");
		assertThat((String) after.getAttribute("signed-in")).isEqualTo("consultant");
		sessions.deleteById(signedIn.getId());
	}

}
