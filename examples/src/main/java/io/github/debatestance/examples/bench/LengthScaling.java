package io.github.debatestance.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How analysis time grows with length: the time of {@code n} documents joined into one, against
 * the time of the same documents one by one. Linear growth gives a ratio near 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents how many documents were joined
 * @param separateSeconds the time to analyse them one by one, on one thread
 * @param joinedSeconds the time to analyse them joined, on one thread
 */
record LengthScaling(int documents, double separateSeconds, double joinedSeconds) {

  /** Measures on the first {@code n} documents, after one warm-up pass over them. */
  static LengthScaling measure(DebateAnalyzer analyzer, List<Document> all, int n) {
    checkArgument(n >= 2 && n <= all.size(), "need 2 to %s documents: n=%s", all.size(), n);
    List<Document> docs = all.subList(0, n);
    docs.forEach(analyzer::analyze);
    long start = System.nanoTime();
    docs.forEach(analyzer::analyze);
    long separate = System.nanoTime() - start;
    String joined = docs.stream().map(Document::text).collect(Collectors.joining("\n\n"));
    start = System.nanoTime();
    analyzer.analyze(new Document("joined", joined));
    long together = System.nanoTime() - start;
    return new LengthScaling(n, separate / 1e9, together / 1e9);
  }

  private static final String PREFIX = "length-scaling";

  /** One line that a parent process reads back with {@link #parse(String)}. */
  String toLine() {
    return String.format(
        Locale.ROOT, "%s %d %.6f %.6f", PREFIX, documents, separateSeconds, joinedSeconds);
  }

  static boolean isLine(String line) {
    return line.startsWith(PREFIX + " ");
  }

  static LengthScaling parse(String line) {
    String[] f = line.strip().split(" ");
    checkArgument(f.length == 4 && f[0].equals(PREFIX), "not a length-scaling line: %s", line);
    return new LengthScaling(
        Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
  }

  /** How many times longer the joined document took than an average one of its parts. */
  double timesAverage() {
    return joinedSeconds / (separateSeconds / documents);
  }
}
