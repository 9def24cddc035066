package io.github.debatestance.core.report;

import static io.github.debatestance.core.report.Markup.escape;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parts that the document page and the corpus page share: the page shell, the statistics
 * line, the balance bar, the chart legend, the camps and the relations table.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportSections {

  /** One row of the relations table, from a document relation or a corpus relation. */
  record RelationRow(
      String source,
      String target,
      RelationType type,
      boolean inferred,
      String how,
      String figure,
      List<String> evidence,
      List<String> documents) {
    RelationRow {
      requireNonNull(source, "source");
      requireNonNull(target, "target");
      requireNonNull(type, "type");
      requireNonNull(how, "how");
      requireNonNull(figure, "figure");
      evidence = List.copyOf(evidence);
      documents = List.copyOf(documents);
    }
  }

  /** A camp member as the camp card shows it. */
  record Member(String name, int claims) {}

  private ReportSections() {}

  static void openPage(StringBuilder out, String title, String css) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // The page must never reach the network: no fetches of any kind, whatever a text holds.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n<main>\n");
  }

  static void closePage(StringBuilder out) {
    out.append("<footer>Made by debate-stance. Stances and speakers are machine estimates;"
        + " check them against the text.</footer>\n</main>\n</body>\n</html>\n");
  }

  /** A headline figure: a number and what it counts ("3", "actors"). */
  record Figure(long number, String noun) {}

  /** A row of headline figures. */
  static void appendStats(StringBuilder out, List<Figure> figures) {
    out.append("<ul class=\"stats\">");
    for (Figure f : figures) {
      out.append("<li><b>").append(f.number()).append("</b> ").append(escape(f.noun()))
          .append("</li>");
    }
    out.append("</ul>\n");
  }

  /** A bar split by how many claims take each stance, side A at the left as in the chart. */
  static void appendBalance(StringBuilder out, Map<Stance, Integer> counts, StanceNames names) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    out.append("<p class=\"lead\">").append(escape(balanceSentence(counts, names)))
        .append("</p>\n");
    if (total == 0) {
      return;
    }
    out.append("<div class=\"balance\" role=\"img\" aria-label=\"claims by stance\">");
    for (Stance s : axisOrder()) {
      int n = counts.getOrDefault(s, 0);
      if (n == 0) {
        continue;
      }
      double share = 100.0 * n / total;
      out.append("<span class=\"").append(Markup.stanceClass(s)).append("\" style=\"width:")
          .append(Markup.coordinate(share)).append("%\" title=\"")
          .append(escape(names.of(s))).append(": ").append(Markup.count(n, "claim"))
          .append("\">").append(n).append("</span>");
    }
    out.append("</div>\n<div class=\"balance-caption\">");
    for (Stance s : axisOrder()) {
      out.append("<span>").append(Markup.count(counts.getOrDefault(s, 0), "claim")).append(' ')
          .append(s == Stance.NEUTRAL ? "" : "for ").append(escape(names.of(s))).append("</span>");
    }
    out.append("</div>\n");
  }

  /**
   * One sentence on which side the claims favour: the reader's first question, answered before
   * any chart.
   */
  static String balanceSentence(Map<Stance, Integer> counts, StanceNames names) {
    int a = counts.getOrDefault(Stance.PRO_OPEN_SOURCE, 0);
    int b = counts.getOrDefault(Stance.PRO_SAFETY_CLOSED, 0);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return "No claims were found.";
    }
    if (a == 0 && b == 0) {
      return "No claim takes a side: all " + Markup.count(total, "claim") + " are "
          + names.of(Stance.NEUTRAL) + ".";
    }
    if (a == b) {
      return "The sides are level: " + Markup.count(a, "claim") + " for "
          + names.of(Stance.PRO_OPEN_SOURCE) + " and as many for "
          + names.of(Stance.PRO_SAFETY_CLOSED) + ", of " + total + ".";
    }
    Stance leader = a > b ? Stance.PRO_OPEN_SOURCE : Stance.PRO_SAFETY_CLOSED;
    return "More claims favour " + names.of(leader) + ": " + Math.max(a, b) + " against "
        + Math.min(a, b) + " for " + names.of(leader.opposite()) + ", of "
        + Markup.count(total, "claim") + ".";
  }

  /** The positions in the order the axis shows them. */
  static List<Stance> axisOrder() {
    return List.of(Stance.PRO_OPEN_SOURCE, Stance.NEUTRAL, Stance.PRO_SAFETY_CLOSED);
  }

  static Map<Stance, Integer> emptyCounts() {
    Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    for (Stance s : Stance.values()) {
      counts.put(s, 0);
    }
    return counts;
  }

  /** What the chart's colours, sizes and lines mean. */
  static void appendChartLegend(StringBuilder out, StanceNames names, int mostClaims,
      boolean withRelations) {
    out.append("<div class=\"legend\">");
    for (Stance s : axisOrder()) {
      out.append("<span class=\"key\"><span class=\"swatch ").append(Markup.stanceClass(s))
          .append("\"></span>").append(escape(names.of(s))).append("</span>");
    }
    out.append("<span class=\"key\"><svg width=\"46\" height=\"26\" aria-hidden=\"true\">")
        .append("<circle cx=\"8\" cy=\"13\" r=\"5\"/><circle cx=\"32\" cy=\"13\" r=\"12\"/></svg>")
        .append("dot area: claims (largest ").append(mostClaims).append(")</span>");
    if (withRelations) {
      // Relations get a line of their own, so that the two keys read as two groups.
      out.append("</div>\n<div class=\"legend\">");
      for (RelationType type : RelationType.values()) {
        out.append("<span class=\"key\"><svg width=\"30\" height=\"10\" aria-hidden=\"true\">")
            .append("<line class=\"").append(Markup.relationClass(type))
            .append("\" x1=\"1\" y1=\"5\" x2=\"29\" y2=\"5\"/></svg>")
            .append(Markup.relationVerb(type)).append("</span>");
      }
      out.append("<span class=\"key\"><svg width=\"30\" height=\"10\" aria-hidden=\"true\">")
          .append("<line class=\"stated\" x1=\"1\" y1=\"5\" x2=\"29\" y2=\"5\"/></svg>stated</span>")
          .append("<span class=\"key\"><svg width=\"30\" height=\"10\" aria-hidden=\"true\">")
          .append("<line class=\"inferred\" x1=\"1\" y1=\"5\" x2=\"29\" y2=\"5\"/></svg>")
          .append("inferred</span>");
    }
    out.append("</div>\n");
  }

  /** One card per camp, with its strength as a meter against the strongest camp. */
  static void appendCamps(
      StringBuilder out, List<Camp> camps, Function<String, Member> members, StanceNames names) {
    out.append("<section class=\"card\" id=\"camps\">\n<h2>Camps</h2>\n");
    if (camps.isEmpty()) {
      out.append("<p class=\"note\">No actor, so no camp.</p>\n</section>\n");
      return;
    }
    double strongest = camps.stream().mapToDouble(Camp::strength).max().orElse(0);
    out.append("<div class=\"camps\">\n");
    for (Camp camp : camps) {
      String cls = Markup.stanceClass(camp.stance());
      double share = strongest == 0 ? 0 : 100 * camp.strength() / strongest;
      out.append("<div class=\"camp ").append(cls).append("\">\n<h3 class=\"").append(cls)
          .append("\">").append(escape(capitalised(names.of(camp.stance())))).append("</h3>\n")
          .append("<div class=\"small\">").append(Markup.count(camp.actorIds().size(), "member"))
          .append(" \u00B7 ").append(Markup.count(camp.claimCount(), "claim"))
          .append(" on this side \u00B7 mean confidence ")
          .append(Markup.confidence(camp.meanConfidence()))
          .append(" \u00B7 strength ").append(Markup.confidence(camp.strength()))
          .append("</div>\n<div class=\"meter\" title=\"strength: claims \u00D7 mean confidence\">")
          .append("<span style=\"width:").append(Markup.coordinate(share)).append("%\"></span>")
          .append("</div>\n<ul>");
      for (String id : camp.actorIds()) {
        Member m = members.apply(id);
        out.append("<li>").append(escape(m.name())).append(" <span class=\"small\">(")
            .append(Markup.count(m.claims(), "claim")).append(")</span></li>");
      }
      out.append("</ul>\n</div>\n");
    }
    out.append("</div>\n</section>\n");
  }

  /**
   * The relations table, or a note that there is none. {@code figureHeading} names the column of
   * each row's {@code figure}: a confidence for a document, a count for a corpus.
   */
  static void appendRelations(
      StringBuilder out, List<RelationRow> rows, int total, String figureHeading,
      boolean withDocuments) {
    out.append("<section class=\"card\" id=\"relations\">\n<h2>Who answers whom</h2>\n");
    if (rows.isEmpty()) {
      out.append("<p class=\"note\">No relations between actors were found.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"relations\">\n<thead><tr><th>From</th><th>Relation</th><th>To</th>")
        .append("<th>How</th><th class=\"num\">").append(escape(figureHeading))
        .append("</th><th>Evidence</th>")
        .append(withDocuments ? "<th>Documents</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (RelationRow row : rows) {
      String cls = Markup.relationClass(row.type());
      out.append("<tr><td class=\"who\">").append(escape(row.source())).append("</td>")
          .append("<td><span class=\"rel ").append(cls).append("\"><span class=\"icon\">")
          .append(Markup.relationIcon(row.type())).append("</span> ")
          .append(Markup.relationVerb(row.type())).append("</span></td>")
          .append("<td class=\"who\">").append(escape(row.target())).append("</td>")
          .append("<td><span class=\"how ").append(row.inferred() ? "inferred" : "stated")
          .append("\">").append(escape(row.how())).append("</span></td>")
          .append("<td class=\"num\">").append(escape(row.figure())).append("</td><td>");
      for (String evidence : row.evidence()) {
        out.append("<div class=\"evidence\">").append(escape(evidence)).append("</div>");
      }
      out.append("</td>");
      if (withDocuments) {
        out.append("<td class=\"small\">").append(escape(listed(row.documents(), 4)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (total > rows.size()) {
      out.append("<p class=\"note\">Showing ").append(rows.size()).append(" of ").append(total)
          .append(" relations.</p>\n");
    }
    out.append("</section>\n");
  }

  /** At most {@code max} items joined by commas, then how many more there are. */
  static String listed(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
