package eu.serviceaudit.advisor.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The engine at scale 1 and scale 4 and the plain-Java baseline, run in turns (four scale-1 runs, one scale-4 run,
 * twenty baselines per round) so that on a shared machine both scales see the same load; JMH runs them minutes apart.
 * Prints medians and fastest runs and their ratios. Run: {@code java -Xms2g -Xmx2g -cp ... AnalysisScaleRuns 15}
 * (docs/performance.md, "Analysis engine").
 */
public class AnalysisScaleRuns {
	public static void main(String[] args) throws Exception {
		AnalysisBenchmark one = new AnalysisBenchmark();
		one.scale = 1; one.comments = false; one.setUp();
		AnalysisBenchmark four = new AnalysisBenchmark();
		four.scale = 4; four.comments = false; four.setUp();
		int rounds = Integer.parseInt(args[0]);
		for (int i = 0; i < 3; i++) { four.droolsEngine(); for (int j = 0; j < 4; j++) one.droolsEngine(); for (int j = 0; j < 200; j++) one.baseline(); }
		List<Long> e1 = new ArrayList<>(), e4 = new ArrayList<>(), b1 = new ArrayList<>();
		for (int r = 0; r < rounds; r++) {
			for (int j = 0; j < 4; j++) { long s = System.nanoTime(); one.droolsEngine(); e1.add(System.nanoTime() - s); }
			{ long s = System.nanoTime(); four.droolsEngine(); e4.add(System.nanoTime() - s); }
			for (int j = 0; j < 20; j++) { long s = System.nanoTime(); one.baseline(); b1.add(System.nanoTime() - s); }
		}
		Collections.sort(e1); Collections.sort(e4); Collections.sort(b1);
		double m1 = e1.get(e1.size() / 2) / 1e6, m4 = e4.get(e4.size() / 2) / 1e6, mb = b1.get(b1.size() / 2) / 1e6;
		double n1 = e1.get(0) / 1e6, n4 = e4.get(0) / 1e6, nb = b1.get(0) / 1e6;
		System.out.printf("engine scale 1: median %.1f ms, min %.1f ms (%d runs)%n", m1, n1, e1.size());
		System.out.printf("engine scale 4: median %.1f ms, min %.1f ms (%d runs)%n", m4, n4, e4.size());
		System.out.printf("baseline scale 1: median %.2f ms, min %.2f ms (%d runs)%n", mb, nb, b1.size());
		System.out.printf("scale 4 / scale 1: median %.2fx, min %.2fx; engine / baseline: median %.1fx, min %.1fx%n", m4 / m1, n4 / n1, m1 / mb, n1 / nb);
	}
}
