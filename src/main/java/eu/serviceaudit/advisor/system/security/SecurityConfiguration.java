package eu.serviceaudit.advisor.system.security;

import static eu.serviceaudit.advisor.system.security.Roles.ADMIN;
import static eu.serviceaudit.advisor.system.security.Roles.CONSULTANT;
import static eu.serviceaudit.advisor.system.security.Roles.MANAGER;
import static eu.serviceaudit.advisor.system.security.Roles.TRAINER;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import eu.serviceaudit.advisor.system.web.Problems;

/**
 * Who may do what (CONTRACT.md section 2). The API takes HTTP Basic without CSRF and answers refusals as problem
 * JSON; the web pages use a login form with CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new VerifiedPasswordCache(storedPasswordEncoder());
	}

	/** How passwords are hashed for storage: also for the first users' hashes made ahead ({@link FirstStartPasswords}). */
	static PasswordEncoder storedPasswordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The user and its roles in one query: HTTP Basic loads them on every API call. */
	/**
	 * No observation per security filter, authentication and authorisation: they wrapped each of the chain's dozen
	 * filters of every request (a few hundred microseconds each time, docs/performance.md), and nothing reads their
	 * timers; {@code http.server.requests} still times every request, and refused logins are counted apart.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
		return new JoinedUserDetailsManager(dataSource);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/criteria", "/api/kb/**").authenticated()
				.requestMatchers("/api/admin/**").hasRole(ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/analyses/*/report").hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(HttpMethod.POST, "/api/analyses/*/report/**").hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(HttpMethod.POST, "/api/analyses", "/api/imports/**", "/api/analyses/*/training-share")
				.hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(HttpMethod.GET, "/api/analyses", "/api/analyses/**").hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(HttpMethod.GET, "/api/alerts", "/api/alerts/**", "/api/clients", "/api/clients/**").hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(HttpMethod.PATCH, "/api/alerts/*").hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(HttpMethod.PUT, "/api/clients/*/rhythm").hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(HttpMethod.PATCH, "/api/action-plans/*/items/*").hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(HttpMethod.GET, "/api/action-plans", "/api/action-plans/**").hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers("/api/action-plans", "/api/action-plans/**").hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers("/api/training-sessions", "/api/training-sessions/**").hasAnyRole(ADMIN, TRAINER)
				.anyRequest().hasRole(ADMIN))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Service Audit Advisor\"");
				Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Log in with a valid user name and password.");
			}))
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> Problems
				.write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.")))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeFilter(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The API description: HTTP Basic for API clients, the signed-in session (or the login page) for a browser;
	 * consultants and admins only. Swagger UI's own page needs no inline script, so the default headers serve it.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(WebPaths.API_DOCS)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(ADMIN, CONSULTANT))
			.httpBasic(basic -> basic.realmName("Service Audit Advisor"))
			.formLogin(form -> form.loginPage("/login"))
			.exceptionHandling(errors -> errors.accessDeniedPage(FORBIDDEN_PAGE))
			.headers(headers -> headers.frameOptions(frames -> frames.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**", "/webjars/**",
						"/favicon.ico", "/favicon.svg", "/error", "/error/**", FORBIDDEN_PAGE)
				.permitAll()
				.requestMatchers("/actuator/**").hasRole(ADMIN)
				.requestMatchers(WebPaths.ADMIN).hasRole(ADMIN)
				.requestMatchers(HttpMethod.GET, WebPaths.ANALYSIS_UPLOAD).hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(WebPaths.ANALYSIS_DELETE).hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(HttpMethod.POST, WebPaths.PLAN_PROGRESS).hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(HttpMethod.POST, WebPaths.ALERT_FOLLOW_UP).hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(HttpMethod.GET, WebPaths.ANALYSES_AND_PLANS).hasAnyRole(ADMIN, CONSULTANT, MANAGER)
				.requestMatchers(WebPaths.ANALYSES_AND_PLANS).hasAnyRole(ADMIN, CONSULTANT)
				.requestMatchers(WebPaths.TRAINING).hasAnyRole(ADMIN, TRAINER)
				.requestMatchers(WebPaths.EVERY_ROLE).authenticated()
				.anyRequest().access(new UnknownAddress(pages)))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LoginSuccess())
				.failureHandler(new LoginFailure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.migrateSession()))
			.exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredFormHandler(FORBIDDEN_PAGE)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frames -> frames.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeFilter(), AuthorizationFilter.class);
		return http.build();
	}

	/** Where a refused page request is forwarded: a page that says so, with status 403. */
	static final String FORBIDDEN_PAGE = "/forbidden";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'";

}
