package io.github.debatestance.core.report;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.debatestance.core.report.Markup.escape;

import io.github.debatestance.core.aggregation.Camps;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report page of one document: header, stance chart, camps, relations, actors and claims.
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentPage {

  /** How many characters of the document a claim shows on each side, when the text is given. */
  static final int CONTEXT_CHARS = 90;

  private DocumentPage() {}

  static String render(DebateMap map, String text, StanceNames names, String css) {
    if (text != null) {
      checkMatches(map, text);
    }
    StringBuilder out = new StringBuilder(16_384);
    ReportSections.openPage(out, "Debate map: " + map.documentId(), css);
    appendHeader(out, map, names);
    appendChart(out, map, names);
    ReportSections.appendCamps(
        out,
        Camps.of(map),
        id -> new ReportSections.Member(name(map, id), map.claimsBy(id).size()),
        names);
    List<ReportSections.RelationRow> rows = new ArrayList<>();
    for (Relation r : map.relations()) {
      rows.add(
          new ReportSections.RelationRow(
              name(map, r.sourceActorId()),
              name(map, r.targetActorId()),
              r.type(),
              r.inferred(),
              r.inferred() ? "inferred" : "stated",
              Markup.confidence(r.confidence()),
              List.of(r.evidence()),
              List.of()));
    }
    ReportSections.appendRelations(out, rows, rows.size(), "Confidence", false);
    appendActors(out, map, names);
    appendClaims(out, map, text, names);
    ReportSections.closePage(out);
    return out.toString();
  }

  private static void checkMatches(DebateMap map, String text) {
    for (Claim c : map.claims()) {
      checkArgument(
          c.span().end() <= text.length() && c.span().of(text).equals(c.text()),
          "the text is not the one the map was made from: claim %s at %s does not stand there"
              + " (text length=%s)",
          c.id(),
          c.span(),
          text.length());
    }
  }

  private static void appendHeader(StringBuilder out, DebateMap map, StanceNames names) {
    long attributed = map.claims().stream().filter(c -> c.speaker() != null).count();
    long inferred = map.relations().stream().filter(Relation::inferred).count();
    out.append("<header class=\"report-head\">\n<h1>Debate map <span class=\"doc\">")
        .append(escape(map.documentId())).append("</span></h1>\n");
    int relations = map.relations().size();
    ReportSections.appendStats(
        out,
        List.of(
            new ReportSections.Figure(map.actors().size(), Markup.plural(map.actors().size(), "actor")),
            new ReportSections.Figure(map.claims().size(), Markup.plural(map.claims().size(), "claim")),
            new ReportSections.Figure(attributed, "attributed to a speaker"),
            new ReportSections.Figure(
                relations,
                Markup.plural(relations, "relation")
                    + (relations == 0 ? "" : " (" + inferred + " inferred)"))));
    Map<Stance, Integer> counts = ReportSections.emptyCounts();
    for (Claim c : map.claims()) {
      counts.merge(c.stance().label(), 1, Integer::sum);
    }
    ReportSections.appendBalance(out, counts, names);
    out.append("</header>\n");
  }

  private static void appendChart(StringBuilder out, DebateMap map, StanceNames names) {
    out.append("<section class=\"card\" id=\"chart\">\n<h2>Where the actors stand</h2>\n");
    if (map.actors().isEmpty()) {
      out.append("<p class=\"note\">No actor speaks in this document.</p>\n</section>\n");
      return;
    }
    List<StanceAxisChart.Point> points = new ArrayList<>();
    int most = 0;
    for (Actor a : map.actors()) {
      int claims = map.claimsBy(a.id()).size();
      most = Math.max(most, claims);
      // The label stays short, so that many fit on one row: colour and place already say the
      // stance; the tooltip says everything.
      String detail =
          Markup.confidence(a.stance().confidence()) + " \u00B7 " + Markup.count(claims, "claim");
      String tooltip =
          a.name() + ": " + names.of(a.stance().label()) + " "
              + Markup.confidence(a.stance().confidence()) + ", " + Markup.count(claims, "claim");
      points.add(
          new StanceAxisChart.Point(
              a.id(), a.name(), detail, a.stance().label(), a.stance().confidence(), claims,
              tooltip));
    }
    List<StanceAxisChart.Link> links = new ArrayList<>();
    for (Relation r : map.relations()) {
      links.add(
          new StanceAxisChart.Link(
              r.sourceActorId(), r.targetActorId(), r.type(), r.inferred(), 1,
              name(map, r.sourceActorId()) + " " + Markup.relationVerb(r.type()) + " "
                  + name(map, r.targetActorId()) + (r.inferred() ? " (inferred)" : "") + ": "
                  + r.evidence()));
    }
    out.append(StanceAxisChart.render(points, links, names));
    ReportSections.appendChartLegend(out, names, most, !links.isEmpty());
    out.append("<p class=\"note\">Distance from the centre is the confidence of the actor's overall")
        .append(" stance; hover a dot or an arrow for details.</p>\n</section>\n");
  }

  private static void appendActors(StringBuilder out, DebateMap map, StanceNames names) {
    out.append("<section class=\"card\" id=\"actors\">\n<h2>Actors</h2>\n");
    if (map.actors().isEmpty()) {
      out.append("<p class=\"note\">No actors.</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Actor</th><th>Stance</th><th class=\"num\">Claims</th>")
        .append("<th>Stance evidence</th></tr></thead>\n<tbody>\n");
    for (Actor a : map.actors()) {
      out.append("<tr><td><b>").append(escape(a.name())).append("</b><div class=\"small\">")
          .append(a.type().name().toLowerCase(Locale.ROOT));
      if (!a.roles().isEmpty()) {
        out.append(" \u00B7 ").append(escape(String.join("; ", a.roles())));
      }
      if (!a.aliases().isEmpty()) {
        out.append(" \u00B7 also ").append(escape(String.join(", ", a.aliases())));
      }
      out.append("</div></td><td>")
          .append(Markup.stanceBadge(a.stance().label(), a.stance().confidence(), names))
          .append("</td><td class=\"num\">").append(map.claimsBy(a.id()).size())
          .append("</td><td class=\"small\">").append(escape(String.join(", ", a.stance().evidence())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void appendClaims(StringBuilder out, DebateMap map, String text, StanceNames names) {
    out.append("<section class=\"card\" id=\"claims\">\n<h2>Claims</h2>\n");
    if (map.claims().isEmpty()) {
      out.append("<p class=\"note\">No claims were found.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"claims\">\n<thead><tr><th class=\"num\">#</th><th>Speaker</th>")
        .append("<th>Kind</th><th>Cue</th><th>Stance</th><th>Claim</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (Claim c : map.claims()) {
      n++;
      out.append("<tr id=\"claim-").append(escape(c.id())).append("\"><td class=\"num small\">")
          .append(n).append("</td>");
      if (c.speaker() == null) {
        out.append("<td class=\"who none\">unattributed</td>");
      } else {
        out.append("<td class=\"who\">").append(escape(c.speaker().name())).append("</td>");
      }
      out.append("<td class=\"small\">").append(c.kind() == ClaimKind.DIRECT ? "quote" : "reported")
          .append("</td><td class=\"small\">").append(c.cue() == null ? "" : escape(c.cue()))
          .append("</td><td>")
          .append(Markup.stanceBadge(c.stance().label(), c.stance().confidence(), names))
          .append("</td><td class=\"claim-text\">").append(claimHtml(c, text))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The claim with its evidence marked, in quotation marks or inside its context. */
  static String claimHtml(Claim c, String text) {
    String marked = EvidenceMarks.mark(c.text(), c.stance().evidence(), Markup.stanceClass(c.stance().label()));
    if (text == null) {
      return c.kind() == ClaimKind.DIRECT ? "\u201C" + marked + "\u201D" : marked;
    }
    String before = before(text, c.span().begin());
    String after = after(text, c.span().end());
    return "<span class=\"context\">" + escape(before) + "</span><b>" + marked
        + "</b><span class=\"context\">" + escape(after) + "</span>";
  }

  /** Up to {@link #CONTEXT_CHARS} characters before {@code at}, within its paragraph. */
  static String before(String text, int at) {
    int from = Math.max(0, at - CONTEXT_CHARS);
    int paragraph = text.lastIndexOf("\n\n", at - 1);
    boolean cut = from > 0;
    if (paragraph >= 0 && paragraph + 2 > from) {
      from = Math.min(at, paragraph + 2);
      cut = false;
    } else if (cut) {
      // Start at a word, not in the middle of one.
      int space = text.indexOf(' ', from);
      from = space < 0 || space >= at ? from : space + 1;
    }
    String s = text.substring(from, at).replaceAll("\\s+", " ");
    return (cut ? "\u2026" : "") + s;
  }

  /** Up to {@link #CONTEXT_CHARS} characters after {@code at}, within its paragraph. */
  static String after(String text, int at) {
    int to = Math.min(text.length(), at + CONTEXT_CHARS);
    int paragraph = text.indexOf("\n\n", at);
    boolean cut = to < text.length();
    if (paragraph >= 0 && paragraph < to) {
      to = paragraph;
      cut = false;
    } else if (cut) {
      int space = text.lastIndexOf(' ', to);
      to = space <= at ? to : space;
    }
    String s = text.substring(at, to).replaceAll("\\s+", " ");
    return s + (cut ? "\u2026" : "");
  }

  private static String name(DebateMap map, String actorId) {
    return map.actor(actorId).map(Actor::name).orElse(actorId);
  }
}
