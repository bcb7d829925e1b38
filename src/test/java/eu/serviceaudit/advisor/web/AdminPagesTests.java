package eu.serviceaudit.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

class AdminPagesTests extends WebTestSupport {

	@Autowired
	JdbcUserDetailsManager users;

	@Test
	void adminSeesTheUsersWithTheirRoles() throws Exception {
		mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("consultant")))
			.andExpect(content().string(containsString("Trainer")));
	}

	@Test
	void adminCreatesAUserWhoCanThenUseTheApi() throws Exception {
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "kati.manager").param("password", "a-long-password-1").param("role", "MANAGER"))
			.andExpect(flash().attribute("done", "admin.users.created"));
		assertThat(users.loadUserByUsername("kati.manager").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_MANAGER");
		mvc.perform(get("/api/analyses").with(httpBasic("kati.manager", "a-long-password-1"))).andExpect(status().isOk());
	}

	@Test
	void aShortPasswordOrAnUnknownRoleIsRefused() throws Exception {
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "short.pw").param("password", "short").param("role", "MANAGER"))
			.andExpect(flash().attribute("problem", "password.error.length"));
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "bad.role").param("password", "a-long-password-1").param("role", "ROOT"))
			.andExpect(flash().attribute("problem", "admin.users.error.role"));
		assertThat(users.userExists("short.pw")).isFalse();
		assertThat(users.userExists("bad.role")).isFalse();
	}

	@Test
	void aDisabledUserCannotLogInAndAResetPasswordWorks() throws Exception {
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "temp.user").param("password", "first-password-1").param("role", "TRAINER"));
		mvc.perform(post("/admin/users/temp.user/enabled").with(admin()).with(csrf()).param("enabled", "false"));
		mvc.perform(get("/api/training-sessions").with(httpBasic("temp.user", "first-password-1")))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/admin/users/temp.user/enabled").with(admin()).with(csrf()).param("enabled", "true"));
		mvc.perform(post("/admin/users/temp.user/password").with(admin()).with(csrf()).param("password", "second-password-2"));
		mvc.perform(get("/api/training-sessions").with(httpBasic("temp.user", "first-password-1")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/training-sessions").with(httpBasic("temp.user", "second-password-2")))
			.andExpect(status().isOk());
	}

	@Test
	void adminCannotDisableThemself() throws Exception {
		mvc.perform(post("/admin/users/admin/enabled").with(admin()).with(csrf()).param("enabled", "false"))
			.andExpect(flash().attribute("problem", "admin.users.error.self"));
		assertThat(users.loadUserByUsername("admin").isEnabled()).isTrue();
	}

	@Test
	void theRulesPageShowsTheRuleBaseAndTheKnowledgeBase() throws Exception {
		mvc.perform(get("/admin/rules").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rule-status\"")))
			.andExpect(content().string(containsString("id=\"kb-status\"")));
	}

	@Test
	void theReloadButtonRecompilesTheRules() throws Exception {
		mvc.perform(post("/admin/rules/reload").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("reload"));
	}

}
