package io.github.debatestance.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.eval.EvaluationReport;

/**
 * One route's evaluation in a run of {@code evaluate}: its report, how many articles it failed on,
 * and how long it took.
 *
 * <p>Immutable and thread-safe.
 *
 * @param route the route's name
 * @param report the scores, with failed articles scored as empty maps
 * @param failures how many articles the route failed on
 * @param loadSeconds the time to build the analyzer, models included
 * @param analysisSeconds the time to analyse and score every article
 */
record RouteReport(
    String route,
    EvaluationReport report,
    int failures,
    double loadSeconds,
    double analysisSeconds) {

  RouteReport {
    requireNonNull(route, "route");
    requireNonNull(report, "report");
    checkArgument(failures >= 0, "failures must not be negative: failures=%s", failures);
    checkArgument(
        loadSeconds >= 0 && analysisSeconds >= 0,
        "times must not be negative: loadSeconds=%s, analysisSeconds=%s",
        loadSeconds,
        analysisSeconds);
  }

  /** Articles analysed per second, model loading left out. */
  double documentsPerSecond() {
    return analysisSeconds == 0 ? 0 : report.documentCount() / analysisSeconds;
  }
}
