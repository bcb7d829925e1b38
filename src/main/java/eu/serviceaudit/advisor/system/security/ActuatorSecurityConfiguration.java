package eu.serviceaudit.advisor.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import eu.serviceaudit.advisor.system.web.Problems;

/**
 * The actuator endpoints for operations: health for everyone (details for ADMIN only, by the management settings),
 * metrics and the Prometheus scrape for ADMIN with HTTP Basic, as a monitoring system calls them (no login form, no
 * session, no CSRF token).
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole(Roles.ADMIN))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Service Audit Advisor\"");
				Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized",
						"Log in with a valid user name and password.");
			}))
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> Problems
				.write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.")))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class);
		return http.build();
	}

}
