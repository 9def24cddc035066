package io.github.debatestance.core.eval;

import io.github.debatestance.core.model.Stance;
import java.util.Locale;

/**
 * Renders an {@link EvaluationReport} as an aligned plain-text table for humans.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportTable {

  private static final String ROW = "%-23s %6.3f  %s\n";

  private ReportTable() {}

  static String render(EvaluationReport report, boolean verbose) {
    StringBuilder out = new StringBuilder();
    int n = report.documentCount();
    out.append(format("evaluation of %d document%s\n\n", n, n == 1 ? "" : "s"));
    out.append(format("%-23s %6s  %s\n", "measure", "value", "counts"));
    extraction(out, "direct", report.direct());
    extraction(out, "indirect", report.indirect());
    ratio(out, "attribution accuracy", report.attribution(), "matched claims with a gold speaker");
    out.append(
        format(
            ROW,
            "stance macro-F1",
            report.stanceMacroF1(),
            report.stance().total() + " matched claims with a gold stance"));
    ratio(out, "stance end-to-end", report.stanceEndToEnd(), "gold claims with a stance");
    ratio(out, "actors found", report.actorsFound(), "gold actors");
    ratio(out, "actor stance accuracy", report.actorStance(), "found actors with a gold stance");
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

  private static void extraction(StringBuilder out, String kind, ExtractionScore s) {
    out.append(
        format(
            ROW,
            kind + " precision",
            s.precision(),
            s.truePositives() + " of " + s.predicted() + " predicted"));
    out.append(
        format(ROW, kind + " recall", s.recall(), s.truePositives() + " of " + s.gold() + " gold"));
    out.append(
        format(
            ROW,
            kind + " F1",
            s.f1(),
            "tp "
                + s.truePositives()
                + ", fp "
                + s.falsePositives()
                + ", fn "
                + s.falseNegatives()));
  }

  private static void ratio(StringBuilder out, String measure, Ratio r, String of) {
    out.append(format(ROW, measure, r.value(), r.count() + " of " + r.total() + " " + of));
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
