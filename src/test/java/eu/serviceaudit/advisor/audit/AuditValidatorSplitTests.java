package eu.serviceaudit.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.serviceaudit.advisor.audit.AuditRequest.FindingInput;
import eu.serviceaudit.advisor.audit.AuditRequest.LocationInput;
import eu.serviceaudit.advisor.audit.AuditRequest.ObservationInput;
import eu.serviceaudit.advisor.criteria.CriteriaCatalogue;
import eu.serviceaudit.advisor.system.FieldError;
import eu.serviceaudit.advisor.system.HelperThreads;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.admission.AdmissionProperties;
import eu.serviceaudit.advisor.system.content.ContentFolder;

/**
 * A large audit is checked in two parts on two threads: what a consultant gets back (the audit, or every error by
 * JSON pointer, in order, at most 100 listed) is what one pass gives.
 */
class AuditValidatorSplitTests {

	static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue
		.load(ContentFolder.fromDirectory(Path.of("knowledge-base")));

	static final AdmissionProperties ADMISSION = new AdmissionProperties(100_000, null, null, null);

	final CountingHelpers counting = new CountingHelpers();

	@AfterEach
	void stopHelpers() {
		counting.close();
	}

	@Test
	void aLargeValidAuditComesOutAsOnePassMakesIt() {
		AuditRequest request = audit(200, 20, o -> o);

		Audit split = new AuditValidator(CATALOGUE, ADMISSION, counting).validate(request);

		assertThat(counting.handedOver()).isEqualTo(1);
		assertThat(split.observations()).hasSize(200);
		assertThat(split.observations()).extracting(Observation::id).startsWith("MS-0", "MS-1").endsWith("MS-199");
		assertThat(split).isEqualTo(new AuditValidator(CATALOGUE, ADMISSION, HelperThreads.CALLER).validate(request));
	}

	@Test
	void errorsOfBothPartsComeInTheOrderOfTheAudit() {
		AuditRequest request = audit(200, 20, o -> switch (o.id()) {
			case "MS-3" -> withFinding(o, 5, new FindingInput("NO_SUCH_CRITERION", 3.0, 1.0, 5.0, null));
			case "MS-120" -> null;
			// the same id as one in the first part: only the later one is the duplicate
			case "MS-150" -> new ObservationInput("MS-10", o.method(), o.locationId(), o.channel(), o.date(), o.findings(),
					o.responses());
			case "MS-160" -> withFinding(o, 0, new FindingInput("GREETING", 9.0, 1.0, 5.0, null));
			default -> o;
		});

		InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
				() -> new AuditValidator(CATALOGUE, ADMISSION, counting).validate(request));

		assertThat(counting.handedOver()).isEqualTo(1);
		assertThat(refused.errors()).extracting(FieldError::pointer)
			.containsExactly("/observations/3/findings/5/criterion", "/observations/120", "/observations/150/id",
					"/observations/160/findings/0/score");
		assertThat(refused.errors().get(2).message()).isEqualTo("duplicate observation id 'MS-10'");
	}

	@Test
	void aHugeBadAuditListsItsFirstHundredErrorsAndCountsAll() {
		// one bad score in each of 150 observations, 75 of them in each part
		AuditRequest request = audit(150, 20,
				o -> withFinding(o, 1, new FindingInput("GREETING", -1.0, 1.0, 5.0, null)));

		InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
				() -> new AuditValidator(CATALOGUE, ADMISSION, counting).validate(request));

		assertThat(counting.handedOver()).isEqualTo(1);
		assertThat(refused.total()).isEqualTo(150);
		assertThat(refused.errors()).hasSize(100);
		assertThat(refused.errors().get(99).pointer()).isEqualTo("/observations/99/findings/1/score");
	}

	@Test
	void aSmallAuditIsCheckedOnTheCallersThreadAlone() {
		new AuditValidator(CATALOGUE, ADMISSION, counting).validate(audit(10, 20, o -> o));

		assertThat(counting.handedOver()).isEqualTo(0);
	}

	static ObservationInput withFinding(ObservationInput o, int index, FindingInput finding) {
		List<FindingInput> findings = new ArrayList<>(o.findings());
		findings.set(index, finding);
		return new ObservationInput(o.id(), o.method(), o.locationId(), o.channel(), o.date(), findings, o.responses());
	}

	/** {@code observations} mystery shops of {@code findings} findings each, each passed through {@code change}. */
	static AuditRequest audit(int observations, int findings, UnaryOperator<ObservationInput> change) {
		List<String> codes = CATALOGUE.all().stream().map(c -> c.code()).limit(findings).toList();
		List<ObservationInput> inputs = new ArrayList<>();
		for (int o = 0; o < observations; o++) {
			List<FindingInput> scored = new ArrayList<>();
			for (int f = 0; f < findings; f++) {
				scored.add(new FindingInput(codes.get(f % codes.size()), (double) (1 + (o + f) % 5), 1.0, 5.0, null));
			}
			inputs.add(change.apply(new ObservationInput("MS-" + o, "MYSTERY_SHOP", "tartu", null, "2026-11-0" + (1 + o % 9),
					scored, null)));
		}
		return new AuditRequest("Kohvik Päike OÜ", "2026-Q4", "en", List.of(new LocationInput("tartu", "Tartu")),
				inputs);
	}

}
