package io.github.debatestance.core.eval;

import io.github.debatestance.core.model.Stance;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link EvaluationReport} as an aligned plain-text table for humans: each measure with
 * its value, its interval (see {@link EvaluationReport#intervals()}) and its counts.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportTable {

  private static final String ROW = "%-23s %6.3f  %-12s  %s\n";

  private ReportTable() {}

  static String render(EvaluationReport report, boolean verbose) {
    StringBuilder out = new StringBuilder();
    int n = report.documentCount();
    out.append(format("evaluation of %d document%s\n\n", n, n == 1 ? "" : "s"));
    Rows rows = new Rows(out, report.intervals());
    out.append(format("%-23s %6s  %-12s  %s\n", "measure", "value", "95% interval", "counts"));
    rows.extraction("direct", report.direct());
    rows.extraction("indirect", report.indirect());
    rows.ratio(
        "attribution accuracy",
        "attribution.accuracy",
        report.attribution(),
        "matched claims with a gold speaker");
    rows.row(
        "stance macro-F1",
        "stance.macroF1",
        report.stanceMacroF1(),
        report.stance().total() + " matched claims with a gold stance");
    Calibration calibration = report.stanceCalibration();
    rows.row(
        "stance calibration",
        "stance.calibrationError",
        calibration.expectedError(),
        format(
            "expected error: mean confidence %.3f, accuracy %.3f",
            calibration.meanConfidence(),
            calibration.accuracy()));
    rows.ratio(
        "stance end-to-end",
        "stance.endToEnd",
        report.stanceEndToEnd(),
        "gold claims with a stance");
    rows.ratio("actors found", "actors.found", report.actorsFound(), "gold actors");
    rows.ratio(
        "actor stance accuracy",
        "actors.stanceAccuracy",
        report.actorStance(),
        "found actors with a gold stance");
    if (!rows.intervals.isEmpty()) {
      out.append(
          format(
              "(95%% interval: percentile bootstrap, %d draws of %d documents with replacement)\n",
              EvaluationReport.RESAMPLES,
              n));
    }
    out.append('\n');
    confusion(out, report.stance());
    if (verbose) {
      out.append("\nper document\n");
      for (DocumentScore d : report.documents()) {
        document(out, d);
      }
    }
    return out.toString();
  }

  /** The rows of the measures, each with its interval where there is one. */
  private record Rows(StringBuilder out, Map<String, Interval> intervals) {

    void extraction(String kind, ExtractionScore s) {
      row(
          kind + " precision",
          kind + ".precision",
          s.precision(),
          s.truePositives() + " of " + s.predicted() + " predicted");
      row(
          kind + " recall",
          kind + ".recall",
          s.recall(),
          s.truePositives() + " of " + s.gold() + " gold");
      row(
          kind + " F1",
          kind + ".f1",
          s.f1(),
          "tp "
              + s.truePositives()
              + ", fp "
              + s.falsePositives()
              + ", fn "
              + s.falseNegatives());
    }

    void ratio(String measure, String key, Ratio r, String of) {
      row(measure, key, r.value(), r.count() + " of " + r.total() + " " + of);
    }

    void row(String measure, String key, double value, String counts) {
      Interval interval = intervals.get(key);
      out.append(format(ROW, measure, value, interval == null ? "" : interval.toString(), counts));
    }
  }

  private static void confusion(StringBuilder out, StanceConfusionMatrix m) {
    out.append("stance confusion (rows gold, columns predicted)\n");
    out.append(format("%-18s", ""));
    for (Stance predicted : Stance.values()) {
      out.append(format(" %17s", predicted));
    }
    out.append('\n');
    for (Stance gold : Stance.values()) {
      out.append(format("%-18s", gold));
      for (Stance predicted : Stance.values()) {
        out.append(format(" %17d", m.count(gold, predicted)));
      }
      out.append('\n');
    }
  }

  private static void document(StringBuilder out, DocumentScore d) {
    out.append(d.documentId()).append('\n');
    out.append(
        format(
            "  direct F1 %.3f (tp %d, fp %d, fn %d), indirect F1 %.3f (tp %d, fp %d, fn %d)\n",
            d.direct().f1(),
            d.direct().truePositives(),
            d.direct().falsePositives(),
            d.direct().falseNegatives(),
            d.indirect().f1(),
            d.indirect().truePositives(),
            d.indirect().falsePositives(),
            d.indirect().falseNegatives()));
    out.append(
        format(
            "  attribution %d of %d, stance end-to-end %d of %d, actors found %d of %d,"
                + " actor stance %d of %d\n",
            d.attribution().count(),
            d.attribution().total(),
            d.stanceEndToEnd().count(),
            d.stanceEndToEnd().total(),
            d.actorsFound().count(),
            d.actorsFound().total(),
            d.actorStance().count(),
            d.actorStance().total()));
    for (Mismatch m : d.mismatches()) {
      out.append("  ").append(m.describe()).append('\n');
    }
  }

  // Locale.ROOT: a decimal point, whatever the user's locale, so the table can be diffed.
  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
