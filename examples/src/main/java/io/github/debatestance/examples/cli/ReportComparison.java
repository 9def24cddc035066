package io.github.debatestance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.debatestance.core.eval.EvaluationReport;
import io.github.debatestance.core.eval.ExtractionScore;
import io.github.debatestance.core.eval.Ratio;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders the reports of several routes over the same articles side by side: one row per measure,
 * one column per route, each value with its counts.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportComparison {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportComparison() {}

  /** An aligned table for humans. */
  static String text(List<RouteReport> routes) {
    StringBuilder out = new StringBuilder();
    int n = routes.get(0).report().documentCount();
    out.append(
        format("evaluation of %d document%s, routes side by side\n\n", n, n == 1 ? "" : "s"));
    row(out, routes, "measure", RouteReport::route);
    extraction(out, routes, "direct", EvaluationReport::direct);
    extraction(out, routes, "indirect", EvaluationReport::indirect);
    ratio(out, routes, "attribution accuracy", EvaluationReport::attribution);
    ratio(out, routes, "actors found", EvaluationReport::actorsFound);
    row(out, routes, "stance macro-F1", r -> value(r.report().stanceMacroF1(), ""));
    ratio(out, routes, "stance end-to-end", EvaluationReport::stanceEndToEnd);
    row(out, routes, "failed documents", r -> Integer.toString(r.failures()));
    row(out, routes, "load seconds", r -> format("%.1f", r.loadSeconds()));
    row(out, routes, "analysis seconds", r -> format("%.1f", r.analysisSeconds()));
    row(out, routes, "documents per second", r -> format("%.2f", r.documentsPerSecond()));
    out.append(
        "\nattribution: matched gold claims with a speaker; actors found: gold actors."
            + "\nA route that labels no stance calls every claim NEUTRAL.\n");
    return out.toString();
  }

  /** One JSON object: each route's name, failures, times and its full report. */
  static String json(List<RouteReport> routes) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode array = root.putArray("routes");
    try {
      for (RouteReport r : routes) {
        ObjectNode node = array.addObject();
        node.put("route", r.route());
        node.put("failures", r.failures());
        node.put("loadSeconds", r.loadSeconds());
        node.put("analysisSeconds", r.analysisSeconds());
        JsonNode report = MAPPER.readTree(r.report().toJson());
        node.set("report", report);
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot render the comparison as JSON", e);
    }
  }

  private static void extraction(
      StringBuilder out,
      List<RouteReport> routes,
      String kind,
      Function<EvaluationReport, ExtractionScore> score) {
    row(
        out,
        routes,
        kind + " precision",
        r -> {
          ExtractionScore s = score.apply(r.report());
          return value(s.precision(), s.truePositives() + "/" + s.predicted());
        });
    row(
        out,
        routes,
        kind + " recall",
        r -> {
          ExtractionScore s = score.apply(r.report());
          return value(s.recall(), s.truePositives() + "/" + s.gold());
        });
    row(out, routes, kind + " F1", r -> value(score.apply(r.report()).f1(), ""));
  }

  private static void ratio(
      StringBuilder out,
      List<RouteReport> routes,
      String measure,
      Function<EvaluationReport, Ratio> ratio) {
    row(
        out,
        routes,
        measure,
        r -> {
          Ratio x = ratio.apply(r.report());
          return value(x.value(), x.count() + "/" + x.total());
        });
  }

  private static void row(
      StringBuilder out,
      List<RouteReport> routes,
      String measure,
      Function<RouteReport, String> cell) {
    StringBuilder line = new StringBuilder(format("%-23s", measure));
    for (RouteReport r : routes) {
      line.append(format("  %-26s", cell.apply(r)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static String value(double v, String counts) {
    return counts.isEmpty() ? format("%.3f", v) : format("%.3f (%s)", v, counts);
  }

  // Locale.ROOT: a decimal point, whatever the user's locale, so that reports can be diffed.
  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
