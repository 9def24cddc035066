package io.github.debatestance.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How throughput grows with threads: the time of the texts on one thread against the time on
 * {@code threads} threads, once the JIT compiler has warmed up. The runs alternate, and each side
 * keeps its fastest round, so that a burst of other work on the machine counts against neither.
 *
 * <p>Immutable and thread-safe.
 *
 * @param threads the thread count compared with one thread
 * @param rounds how many times each side was timed
 * @param oneThreadSeconds the fastest time on one thread
 * @param manyThreadsSeconds the fastest time on {@code threads} threads
 */
record ThreadScaling(int threads, int rounds, double oneThreadSeconds, double manyThreadsSeconds) {

  /**
   * Times the documents {@code rounds} times on one thread and on {@code threads} threads,
   * alternating, after the caller's own run has warmed the analyzer up.
   */
  static ThreadScaling measure(
      DebateAnalyzer analyzer, List<Document> documents, int threads, int rounds) {
    checkArgument(threads >= 2, "need at least 2 threads to compare: threads=%s", threads);
    checkArgument(rounds >= 1, "need at least 1 round: rounds=%s", rounds);
    double one = Double.MAX_VALUE;
    double many = Double.MAX_VALUE;
    for (int r = 0; r < rounds; r++) {
      one = Math.min(one, time(analyzer, documents, 1));
      many = Math.min(many, time(analyzer, documents, threads));
    }
    return new ThreadScaling(threads, rounds, one, many);
  }

  private static double time(DebateAnalyzer analyzer, List<Document> documents, int threads) {
    long start = System.nanoTime();
    try (Stream<DocumentResult> results = analyzer.analyzeAll(documents.stream(), threads)) {
      results.forEach(r -> {});
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static final String PREFIX = "thread-scaling";

  /** One line that a parent process reads back with {@link #parse(String)}. */
  String toLine() {
    return String.format(
        Locale.ROOT,
        "%s %d %d %.6f %.6f",
        PREFIX,
        threads,
        rounds,
        oneThreadSeconds,
        manyThreadsSeconds);
  }

  static boolean isLine(String line) {
    return line.startsWith(PREFIX + " ");
  }

  static ThreadScaling parse(String line) {
    String[] f = line.strip().split(" ");
    checkArgument(f.length == 5 && f[0].equals(PREFIX), "not a thread-scaling line: %s", line);
    return new ThreadScaling(
        Integer.parseInt(f[1]),
        Integer.parseInt(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]));
  }

  /** How many times the throughput of one thread {@code threads} threads reach. */
  double speedup() {
    return oneThreadSeconds / manyThreadsSeconds;
  }
}
