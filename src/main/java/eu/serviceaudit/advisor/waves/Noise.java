package eu.serviceaudit.advisor.waves;

/**
 * Whether a change between two waves is more than sampling noise (CONTRACT.md section 11): |change| ≥ 1.96 ×
 * √(s²/n + s′²/n′), s and s′ the sample standard deviations of the normalised finding scores; never below two
 * scores a side, and a change of nothing is never significant.
 */
public final class Noise {

	private Noise() {
	}

	public static boolean significant(Double change, Figures now, Figures before) {
		if (change == null || now == null || before == null || now.n() < 2 || before.n() < 2) {
			return false;
		}
		double bound = 1.96 * Math.sqrt(now.variance() / now.n() + before.variance() / before.n());
		return Math.abs(change) > 1e-9 && Math.abs(change) >= bound - 1e-12;
	}

	public static Figures merge(Figures a, Figures b) {
		return new Figures(a.n() + b.n(), a.sum() + b.sum(), a.sumOfSquares() + b.sumOfSquares(),
				a.failures() + b.failures());
	}

}
