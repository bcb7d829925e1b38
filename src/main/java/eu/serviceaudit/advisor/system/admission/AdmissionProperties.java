package eu.serviceaudit.advisor.system.admission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much work the service takes on at once (docs/api.md "Limits", docs/performance.md "Memory per finding"):
 * {@code maxItems} findings and survey responses in one audit, {@code maxConcurrent} analyses and imports running at
 * once, each further one waiting up to {@code queueWait} for a turn before it is answered 503 with {@code Retry-After}.
 */
@ConfigurationProperties("advisor.admission")
public record AdmissionProperties(Integer maxItems, Integer maxConcurrent, Duration queueWait, Duration retryAfter) {

	/** The documented cap: findings plus responses in one audit. */
	public static final int DEFAULT_MAX_ITEMS = 50_000;

	public AdmissionProperties {
		if (maxItems == null || maxItems < 1) {
			maxItems = DEFAULT_MAX_ITEMS;
		}
		if (maxConcurrent == null || maxConcurrent < 1) {
			maxConcurrent = 2;
		}
		if (queueWait == null || queueWait.isNegative()) {
			queueWait = Duration.ofSeconds(10);
		}
		if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
			retryAfter = Duration.ofSeconds(5);
		}
	}

	public static AdmissionProperties defaults() {
		return new AdmissionProperties(null, null, null, null);
	}

}
