package eu.serviceaudit.advisor.waves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic client with three waves a quarter apart and known changes, six locations, two mystery shops per
 * location and wave, and a survey per location:
 * <ul>
 * <li>GREETING (0/1): nobody greets in wave 1, the first visit of each location in wave 2, everybody in wave 3;</li>
 * <li>PREMISES_CLEAN (0–4): 3 and 4 at every location in every wave (no change);</li>
 * <li>PRODUCT_KNOWLEDGE (0–4): 1 and 3 in waves 1 and 2; in wave 3 one 3 becomes a 4 (a change within noise);</li>
 * <li>COMPLAINT_HANDLING (critical, 0–4): 0 in the first visit of each location in waves 1 and 2, not assessed in
 * wave 3 (its KPI cannot be measured; each 0 raises a COACHING alert);</li>
 * <li>wave 3 only: location i (1–6) has CSAT 100·i/6, FAREWELL and WAIT_TIME rise with it (one performs, one lags),
 * EYE_CONTACT_SMILE and CHECKOUT_SPEED fall with it (one performs, one lags).</li>
 * </ul>
 */
public final class ThreeWaveClient {

	public static final String CLIENT = "Kolm Lainet AS";

	static final String[] DATES = { "2026-01-15", "2026-04-15", "2026-07-15" };

	static final int LOCATIONS = 6;

	/** Wave 3, per location 1–6, the score (0–4) of both visits. */
	static final int[] FAREWELL = { 3, 3, 4, 4, 4, 4 };

	static final int[] WAIT_TIME = { 0, 1, 1, 2, 3, 3 };

	static final int[] EYE_CONTACT_SMILE = { 4, 4, 4, 4, 3, 3 };

	static final int[] CHECKOUT_SPEED = { 3, 2, 2, 1, 1, 0 };

	private ThreeWaveClient() {
	}

	/** Location i's CSAT in wave 3: i of its six answers are satisfied (4–5). */
	static double csat(int location) {
		return 100.0 * location / 6;
	}

	/** The audit of wave 1, 2 or 3. */
	public static Map<String, Object> audit(int wave) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("client", CLIENT);
		audit.put("wave", "W" + wave);
		audit.put("language", "en");
		List<Map<String, Object>> locations = new ArrayList<>();
		List<Map<String, Object>> observations = new ArrayList<>();
		String date = DATES[wave - 1];
		for (int l = 1; l <= LOCATIONS; l++) {
			locations.add(Map.of("id", "L" + l, "name", "Location " + l));
			for (int v = 1; v <= 2; v++) {
				List<Map<String, Object>> findings = new ArrayList<>();
				int greeting = wave == 1 ? 0 : wave == 2 ? (v == 1 ? 1 : 0) : 1;
				findings.add(finding("GREETING", greeting, 1));
				findings.add(finding("PREMISES_CLEAN", v == 1 ? 3 : 4, 4));
				findings.add(finding("PRODUCT_KNOWLEDGE", v == 1 ? 1 : wave == 3 && l == 1 ? 4 : 3, 4));
				if (wave < 3 && v == 1) {
					findings.add(finding("COMPLAINT_HANDLING", 0, 4));
				}
				if (wave == 3) {
					findings.add(finding("FAREWELL", FAREWELL[l - 1], 4));
					findings.add(finding("WAIT_TIME", WAIT_TIME[l - 1], 4));
					findings.add(finding("EYE_CONTACT_SMILE", EYE_CONTACT_SMILE[l - 1], 4));
					findings.add(finding("CHECKOUT_SPEED", CHECKOUT_SPEED[l - 1], 4));
				}
				observations.add(Map.of("id", "MS-" + wave + "-" + l + "-" + v, "method", "MYSTERY_SHOP", "locationId",
						"L" + l, "date", date, "findings", findings));
			}
			if (wave == 3) {
				List<Map<String, Object>> responses = new ArrayList<>();
				for (int r = 1; r <= 6; r++) {
					if (l == 1 && r == 6) {
						// one detractor who says why: a RECOVERY alert due two days after the survey
						responses.add(Map.of("recommend", 2, "satisfaction", 3, "comment", "Waited forever at the till"));
					}
					else {
						responses.add(Map.of("recommend", r <= l ? 9 : 7, "satisfaction", r <= l ? 5 : 3));
					}
				}
				observations.add(Map.of("id", "CS-" + l, "method", "CUSTOMER_SURVEY", "locationId", "L" + l, "date",
						"2026-07-10", "responses", responses));
			}
		}
		audit.put("locations", locations);
		audit.put("observations", observations);
		return audit;
	}

	private static Map<String, Object> finding(String criterion, double score, double max) {
		return Map.of("criterion", criterion, "score", score, "min", 0, "max", max);
	}

	/** Pearson's r, computed here independently of the app. */
	static double pearson(double[] x, double[] y) {
		double mx = java.util.Arrays.stream(x).average().orElseThrow();
		double my = java.util.Arrays.stream(y).average().orElseThrow();
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	static double[] scores(int[] raw) {
		return java.util.Arrays.stream(raw).mapToDouble(v -> v / 4.0).toArray();
	}

	static double[] csats() {
		double[] csat = new double[LOCATIONS];
		for (int l = 1; l <= LOCATIONS; l++) {
			csat[l - 1] = csat(l);
		}
		return csat;
	}

}
