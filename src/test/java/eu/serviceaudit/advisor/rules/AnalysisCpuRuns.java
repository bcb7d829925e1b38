package eu.serviceaudit.advisor.rules;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * As {@link AnalysisScaleRuns}, but each run is timed by the CPU time of its thread rather than the wall clock: on a
 * shared machine a run that is preempted does not count the time others ran, so the engine ÷ baseline and scale-4 ÷
 * scale-1 ratios move less with the load (a loaded machine still slows both through its caches). Ten rounds warm up
 * first; each round runs the engine four times at scale 1 and once at scale 4, and the baseline twenty times at
 * scale 1 and five times at scale 4. Run:
 * {@code java -Xms2g -Xmx2g -XX:+UseParallelGC -cp ... AnalysisCpuRuns 60 [comments]} (docs/performance.md,
 * "Findings as one fact").
 */
public class AnalysisCpuRuns {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	public static void main(String[] args) {
		int rounds = Integer.parseInt(args[0]);
		boolean comments = args.length > 1 && Boolean.parseBoolean(args[1]);
		AnalysisBenchmark one = benchmark(1, comments);
		AnalysisBenchmark four = benchmark(4, comments);
		List<Long> e1 = new ArrayList<>(), e4 = new ArrayList<>(), b1 = new ArrayList<>(), b4 = new ArrayList<>();
		for (int round = 0; round < rounds + 10; round++) {
			boolean counted = round >= 10;
			for (int i = 0; i < 4; i++) {
				time(one::droolsEngine, counted ? e1 : null);
			}
			time(four::droolsEngine, counted ? e4 : null);
			for (int i = 0; i < 20; i++) {
				time(one::baseline, counted ? b1 : null);
			}
			for (int i = 0; i < 5; i++) {
				time(four::baseline, counted ? b4 : null);
			}
		}
		System.out.printf("engine scale 1 %s | engine scale 4 %s | baseline scale 1 %s | baseline scale 4 %s%n", text(e1),
				text(e4), text(b1), text(b4));
		System.out.printf("engine / baseline scale 1: fastest %.1fx, median %.1fx; scale 4: fastest %.1fx, median %.1fx; "
				+ "engine scale 4 / scale 1: fastest %.2fx, median %.2fx%n", min(e1) / min(b1), median(e1) / median(b1),
				min(e4) / min(b4), median(e4) / median(b4), min(e4) / min(e1), median(e4) / median(e1));
	}

	private static AnalysisBenchmark benchmark(int scale, boolean comments) {
		AnalysisBenchmark benchmark = new AnalysisBenchmark();
		benchmark.scale = scale;
		benchmark.comments = comments;
		benchmark.setUp();
		return benchmark;
	}

	private static void time(Runnable run, List<Long> into) {
		long start = THREADS.getCurrentThreadCpuTime();
		run.run();
		long took = THREADS.getCurrentThreadCpuTime() - start;
		if (into != null) {
			into.add(took);
		}
	}

	private static double min(List<Long> times) {
		return Collections.min(times) / 1e6;
	}

	private static double median(List<Long> times) {
		List<Long> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) / 1e6;
	}

	private static String text(List<Long> times) {
		return String.format("fastest %.3f ms, median %.3f ms (%d runs)", min(times), median(times), times.size());
	}

}
