package io.github.debatestance.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * What one route measured over the benchmark's texts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the route's name
 * @param loadSeconds the time to build the analyzer, models included
 * @param analysisSeconds the time to analyse every text
 * @param documents how many texts were analysed
 * @param failures how many of them failed
 * @param tokens how many white-space separated words the texts hold
 * @param peakHeapBytes the highest heap use seen during the route
 * @param processSeconds the process's time from JVM start to the end of the analysis
 */
record RouteFigures(
    String name,
    double loadSeconds,
    double analysisSeconds,
    int documents,
    int failures,
    long tokens,
    long peakHeapBytes,
    double processSeconds) {

  private static final String PREFIX = "route-figures";

  double documentsPerSecond() {
    return documents / analysisSeconds;
  }

  double tokensPerSecond() {
    return tokens / analysisSeconds;
  }

  /** Documents per second with the model loading counted in. */
  double documentsPerSecondWithLoad() {
    return documents / (loadSeconds + analysisSeconds);
  }

  /** Documents per second of the whole process, JVM start and model loading included. */
  double documentsPerSecondOfProcess() {
    return documents / processSeconds;
  }

  /** One line that a parent process reads back with {@link #parse(String)}. */
  String toLine() {
    return String.format(
        Locale.ROOT,
        "%s %s %.6f %.6f %d %d %d %d %.6f",
        PREFIX,
        name,
        loadSeconds,
        analysisSeconds,
        documents,
        failures,
        tokens,
        peakHeapBytes,
        processSeconds);
  }

  static boolean isLine(String line) {
    return line.startsWith(PREFIX + " ");
  }

  static RouteFigures parse(String line) {
    String[] f = line.strip().split(" ");
    checkArgument(f.length == 9 && f[0].equals(PREFIX), "not a route-figures line: %s", line);
    return new RouteFigures(
        f[1],
        Double.parseDouble(f[2]),
        Double.parseDouble(f[3]),
        Integer.parseInt(f[4]),
        Integer.parseInt(f[5]),
        Long.parseLong(f[6]),
        Long.parseLong(f[7]),
        Double.parseDouble(f[8]));
  }
}
