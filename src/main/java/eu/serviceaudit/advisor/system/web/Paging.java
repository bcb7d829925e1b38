package eu.serviceaudit.advisor.system.web;

import java.util.List;

/**
 * One page of a list (CONTRACT.md section 11): {@code limit} defaults to 50 and may be at most 500, {@code offset}
 * counts from 0. Anything else is refused with a 400 that says what is allowed.
 */
public record Paging(int limit, int offset) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	public static final int MAX_OFFSET = 10_000_000;

	public static Paging of(Integer limit, Integer offset) {
		int chosenLimit = limit == null ? DEFAULT_LIMIT : limit;
		int chosenOffset = offset == null ? 0 : offset;
		if (chosenLimit < 1 || chosenLimit > MAX_LIMIT) {
			throw new BadRequestException("limit must be from 1 to " + MAX_LIMIT + ", was " + chosenLimit);
		}
		if (chosenOffset < 0 || chosenOffset > MAX_OFFSET) {
			throw new BadRequestException("offset must be from 0 to " + MAX_OFFSET + ", was " + chosenOffset);
		}
		return new Paging(chosenLimit, chosenOffset);
	}

	/** This page of a list held whole in memory. */
	public <T> Slice<T> of(List<T> all) {
		int from = Math.min(offset, all.size());
		int to = Math.min(all.size(), from + limit);
		return new Slice<>(all.size(), List.copyOf(all.subList(from, to)));
	}

	/** The list shape of section 11: how many there are in all, and this page of them. */
	public record Slice<T>(long total, List<T> items) {
	}

}
