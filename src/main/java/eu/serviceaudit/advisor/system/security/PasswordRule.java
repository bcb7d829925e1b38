package eu.serviceaudit.advisor.system.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: 12 to 200 characters, not blank, at least {@value #MINIMUM_DISTINCT} different characters
 * (no {@code aaaaaaaaaaaa}), not containing the user name, and not one of the common passwords of
 * {@code security/common-passwords.txt}. Each refusal has a message key of the {@code messages} bundle.
 */
public final class PasswordRule {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 200;

	static final int MINIMUM_DISTINCT = 5;

	private static final Set<String> COMMON = load();

	private PasswordRule() {
	}

	/** Why the password is refused (a message key), or empty when it is acceptable. */
	public static Optional<String> refusal(String username, String password) {
		if (password == null || password.isBlank()) {
			return Optional.of("password.error.blank");
		}
		if (password.length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH
				|| password.strip().length() < MINIMUM_LENGTH) {
			return Optional.of("password.error.length");
		}
		if (password.codePoints().distinct().count() < MINIMUM_DISTINCT) {
			return Optional.of("password.error.repeated");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.strip().length() >= 3
				&& lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.error.username");
		}
		if (COMMON.contains(lower.strip())) {
			return Optional.of("password.error.common");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		try (InputStream in = PasswordRule.class.getResourceAsStream("/security/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("security/common-passwords.txt is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
