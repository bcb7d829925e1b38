package eu.serviceaudit.advisor.system.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.serviceaudit.advisor.system.web.Page;

/** Every user changes their own password here; a user with a generated first password is sent here first. */
@Controller
@Page
class PasswordPageController {

	static final String VIEW = "account/password";

	private final PasswordChange change;

	private final org.springframework.security.core.userdetails.UserDetailsService users;

	PasswordPageController(PasswordChange change, org.springframework.security.core.userdetails.UserDetailsService users) {
		this.change = change;
		this.users = users;
	}

	@GetMapping(PasswordChangeFilter.PAGE)
	String form(Authentication authentication, Model model) {
		model.addAttribute("firstLogin", PasswordChange.required(authentication));
		return VIEW;
	}

	@PostMapping(PasswordChangeFilter.PAGE)
	String submit(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
			@RequestParam(required = false) String repeat, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String sessionId = request.getSession(false) == null ? null : request.getSession(false).getId();
		Optional<String> refused = change.change(authentication.getName(), current, password, repeat, sessionId);
		if (refused.isPresent()) {
			model.addAttribute("firstLogin", PasswordChange.required(authentication));
			model.addAttribute("problem", refused.get());
			return VIEW;
		}
		// this session goes on with the new authorities (no first-login mark); the user's other sessions have ended
		var user = users.loadUserByUsername(authentication.getName());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		return "redirect:/?passwordChanged";
	}

}
