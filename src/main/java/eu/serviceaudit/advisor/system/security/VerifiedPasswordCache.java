package eu.serviceaudit.advisor.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers which (password, hash) pairs were already verified, so that HTTP Basic on every API call does not pay a
 * bcrypt verification each time. Only a SHA-256 of the pair is kept, never the password; a changed hash misses.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

	private static final int CAPACITY = 1_000;

	private final PasswordEncoder delegate;

	private final Map<String, Boolean> verified = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > CAPACITY;
		}
	});

	VerifiedPasswordCache(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		String key = fingerprint(rawPassword, encodedPassword);
		if (verified.containsKey(key)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			verified.put(key, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private static String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
