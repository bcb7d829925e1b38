package eu.serviceaudit.advisor.system.web;

import java.util.ArrayList;
import java.util.List;

import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.InvalidRequestException;

/**
 * {@code limit} and {@code offset} of a list (CONTRACT.md section 11): limit 50 unless given, at most 500; offset 0
 * or more. Out of range is refused with 422 naming the parameter, never clamped in silence.
 */
public record Paging(int limit, int offset) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	public static final int MAX_OFFSET = 10_000_000;

	public static Paging of(Integer limit, Integer offset) {
		List<FieldError> errors = new ArrayList<>();
		if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
			errors.add(new FieldError("/query/limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit));
		}
		if (offset != null && (offset < 0 || offset > MAX_OFFSET)) {
			errors.add(new FieldError("/query/offset", "must be between 0 and " + MAX_OFFSET + ", was " + offset));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return new Paging(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
	}

	/** This page of a list held whole in memory. */
	public <T> Listing<T> of(List<T> all) {
		int from = Math.min(offset, all.size());
		int to = Math.min(all.size(), from + limit);
		return new Listing<>(all.size(), List.copyOf(all.subList(from, to)));
	}

	/** The answer of a list: how many match in all, and this page of them. */
	public record Listing<T>(int total, List<T> items) {
	}

}
