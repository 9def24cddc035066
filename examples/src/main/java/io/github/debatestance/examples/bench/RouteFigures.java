package io.github.debatestance.examples.bench;

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
 */
record RouteFigures(
    String name,
    double loadSeconds,
    double analysisSeconds,
    int documents,
    int failures,
    long tokens,
    long peakHeapBytes) {

  double documentsPerSecond() {
    return documents / analysisSeconds;
  }

  double tokensPerSecond() {
    return tokens / analysisSeconds;
  }

  /** Documents per second with the model loading counted in, as a whole process sees it. */
  double documentsPerSecondWithLoad() {
    return documents / (loadSeconds + analysisSeconds);
  }
}
