package io.github.debatestance.core.report;

import static io.github.debatestance.core.report.Markup.escape;

import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report page of a corpus: header, stance chart, camps, timeline, relations, actors and their
 * key claims.
 *
 * <p>A corpus can hold thousands of actors. The chart, the timeline and the key claims show the
 * actors with most claims (the map lists them first), up to {@link #CHART_ACTORS}; the actors
 * table lists every actor, and the relations table up to {@link #TABLE_RELATIONS}. Each part
 * that leaves some out says how many.
 *
 * <p>Stateless and thread-safe.
 */
final class CorpusPage {

  /** How many actors the chart, the timeline and the key claims show at most. */
  static final int CHART_ACTORS = 30;

  /** How many relations the table lists at most. */
  static final int TABLE_RELATIONS = 200;

  private CorpusPage() {}

  static String render(CorpusMap corpus, StanceNames names, String css) {
    StringBuilder out = new StringBuilder(32_768);
    // One index instead of a scan of every actor per camp member and per relation.
    Map<String, CorpusActor> byId = new HashMap<>();
    for (CorpusActor a : corpus.actors()) {
      byId.putIfAbsent(a.id(), a);
    }
    ReportSections.openPage(out, "Corpus debate map", css);
    List<CorpusActor> shown = corpus.actors().subList(0, Math.min(CHART_ACTORS, corpus.actors().size()));
    appendHeader(out, corpus, names);
    appendChart(out, corpus, shown, byId, names);
    ReportSections.appendCamps(
        out,
        corpus.camps(),
        id -> {
          CorpusActor a = byId.get(id);
          return a == null
              ? new ReportSections.Member(id, 0)
              : new ReportSections.Member(a.name(), a.claimCount());
        },
        names);
    appendTimeline(out, shown, names);
    List<ReportSections.RelationRow> rows = new ArrayList<>();
    for (CorpusRelation r : corpus.relations()) {
      if (rows.size() == TABLE_RELATIONS) {
        break;
      }
      String how =
          (r.statedCount() > 0 ? "stated \u00D7" + r.statedCount() : "")
              + (r.statedCount() > 0 && r.inferredCount() > 0 ? ", " : "")
              + (r.inferredCount() > 0 ? "inferred \u00D7" + r.inferredCount() : "");
      rows.add(
          new ReportSections.RelationRow(
              name(byId, r.sourceActorId()),
              name(byId, r.targetActorId()),
              r.type(),
              r.isInferredOnly(),
              how,
              Integer.toString(r.statedCount() + r.inferredCount()),
              r.evidence(),
              r.documentIds()));
    }
    ReportSections.appendRelations(out, rows, corpus.relations().size(), "Times", true);
    appendActors(out, corpus, names);
    appendKeyClaims(out, corpus, shown, names);
    ReportSections.closePage(out);
    return out.toString();
  }

  private static void appendHeader(StringBuilder out, CorpusMap corpus, StanceNames names) {
    out.append("<header class=\"report-head\">\n<h1>Corpus debate map</h1>\n");
    int relations = corpus.relations().size();
    long inferred = corpus.relations().stream().filter(CorpusRelation::isInferredOnly).count();
    ReportSections.appendStats(
        out,
        List.of(
            new ReportSections.Figure(
                corpus.documentCount(), Markup.plural(corpus.documentCount(), "document")),
            new ReportSections.Figure(
                corpus.actors().size(), Markup.plural(corpus.actors().size(), "actor")),
            new ReportSections.Figure(
                corpus.claimCount(), Markup.plural(corpus.claimCount(), "claim")),
            new ReportSections.Figure(
                relations,
                Markup.plural(relations, "relation")
                    + (relations == 0 ? "" : " (" + inferred + " inferred only)")),
            new ReportSections.Figure(
                corpus.camps().size(), Markup.plural(corpus.camps().size(), "camp"))));
    Map<Stance, Integer> counts = ReportSections.emptyCounts();
    for (CorpusActor a : corpus.actors()) {
      a.stanceCounts().forEach((s, n) -> counts.merge(s, n, Integer::sum));
    }
    ReportSections.appendBalance(out, counts, names);
    out.append("<p class=\"note\">The balance counts the claims of named actors.</p>\n")
        .append("</header>\n");
  }

  private static void appendChart(
      StringBuilder out,
      CorpusMap corpus,
      List<CorpusActor> shown,
      Map<String, CorpusActor> byId,
      StanceNames names) {
    out.append("<section class=\"card\" id=\"chart\">\n<h2>Where the actors stand</h2>\n");
    if (shown.isEmpty()) {
      out.append("<p class=\"note\">No actor speaks in this corpus.</p>\n</section>\n");
      return;
    }
    List<StanceAxisChart.Point> points = new ArrayList<>();
    for (CorpusActor a : shown) {
      // The label stays short, so that many fit on one row; the tooltip says everything.
      String detail =
          Markup.confidence(a.stance().confidence()) + " \u00B7 "
              + Markup.count(a.claimCount(), "claim");
      String tooltip =
          a.name() + ": " + names.of(a.stance().label()) + " "
              + Markup.confidence(a.stance().confidence()) + ", "
              + Markup.count(a.claimCount(), "claim") + " in "
              + Markup.count(a.appearances().size(), "document");
      points.add(
          new StanceAxisChart.Point(
              a.id(), a.name(), detail, a.stance().label(), a.stance().confidence(),
              a.claimCount(), tooltip));
    }
    List<StanceAxisChart.Link> links = new ArrayList<>();
    for (CorpusRelation r : corpus.relations()) {
      links.add(
          new StanceAxisChart.Link(
              r.sourceActorId(), r.targetActorId(), r.type(), r.isInferredOnly(),
              r.statedCount() + r.inferredCount(),
              name(byId, r.sourceActorId()) + " " + Markup.relationVerb(r.type()) + " "
                  + name(byId, r.targetActorId()) + " (stated " + r.statedCount()
                  + ", inferred " + r.inferredCount() + ")"));
    }
    out.append(StanceAxisChart.render(points, links, names));
    int most = shown.stream().mapToInt(CorpusActor::claimCount).max().orElse(0);
    ReportSections.appendChartLegend(out, names, most, !links.isEmpty());
    out.append("<p class=\"note\">Distance from the centre is the confidence of the actor's stance")
        .append(" over the corpus; hover a dot or an arrow for details.");
    if (shown.size() < corpus.actors().size()) {
      out.append(" Showing the ").append(shown.size()).append(" actors with most claims, of ")
          .append(corpus.actors().size()).append('.');
    }
    out.append("</p>\n</section>\n");
  }

  private static void appendTimeline(
      StringBuilder out, List<CorpusActor> shown, StanceNames names) {
    List<TimelineChart.Row> rows = new ArrayList<>();
    int undated = 0;
    for (CorpusActor a : shown) {
      List<TimelineChart.Dot> dots = new ArrayList<>();
      for (ActorAppearance ap : a.appearances()) {
        Optional<LocalDate> date = ap.publishedOn();
        if (date.isEmpty()) {
          undated++;
          continue;
        }
        dots.add(
            new TimelineChart.Dot(
                date.get(), ap.stance().label(), ap.claimCount(),
                a.name() + ", " + date.get() + ", " + ap.documentId() + ": "
                    + names.of(ap.stance().label()) + " "
                    + Markup.confidence(ap.stance().confidence()) + ", "
                    + Markup.count(ap.claimCount(), "claim")));
      }
      if (!dots.isEmpty()) {
        rows.add(new TimelineChart.Row(a.name(), dots));
      }
    }
    if (rows.isEmpty()) {
      // Without dates there is no time to show; a note says why the section is missing.
      out.append("<section class=\"card\" id=\"timeline\">\n<h2>Timeline</h2>\n")
          .append("<p class=\"note\">No document has a date, so there is no timeline.</p>\n")
          .append("</section>\n");
      return;
    }
    out.append("<section class=\"card\" id=\"timeline\">\n<h2>Timeline</h2>\n")
        .append(TimelineChart.render(rows))
        .append("<p class=\"note\">One dot per dated document an actor speaks in, coloured by the")
        .append(" stance taken there; dot size grows with the claims in it.");
    if (undated > 0) {
      out.append(' ').append(Markup.count(undated, "appearance")).append(" without a date")
          .append(undated == 1 ? " is" : " are").append(" left out.");
    }
    out.append("</p>\n</section>\n");
  }

  private static void appendActors(StringBuilder out, CorpusMap corpus, StanceNames names) {
    out.append("<section class=\"card\" id=\"actors\">\n<h2>Actors</h2>\n");
    if (corpus.actors().isEmpty()) {
      out.append("<p class=\"note\">No actors.</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Actor</th><th>Corpus stance</th>")
        .append("<th>Claims by stance</th><th class=\"num\">Claims</th><th>Documents</th>")
        .append("<th>Dates</th></tr></thead>\n<tbody>\n");
    for (CorpusActor a : corpus.actors()) {
      out.append("<tr><td><b>").append(escape(a.name())).append("</b><div class=\"small\">")
          .append(a.type().name().toLowerCase(Locale.ROOT));
      if (!a.roles().isEmpty()) {
        out.append(" \u00B7 ").append(escape(ReportSections.listed(a.roles(), 3)));
      }
      out.append("</div></td><td>")
          .append(Markup.stanceBadge(a.stance().label(), a.stance().confidence(), names))
          .append("</td><td class=\"nowrap\">");
      appendCounts(out, a, names);
      List<String> documents = a.appearances().stream().map(ActorAppearance::documentId).toList();
      out.append("</td><td class=\"num\">").append(a.claimCount()).append("</td><td class=\"small\">")
          .append(documents.size()).append(": ").append(escape(ReportSections.listed(documents, 4)))
          .append("</td><td class=\"small nowrap\">").append(escape(dates(a))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** A small bar of the actor's claims by stance, with the numbers beside it. */
  private static void appendCounts(StringBuilder out, CorpusActor a, StanceNames names) {
    int total = a.claimCount();
    out.append("<span class=\"counts\">");
    StringBuilder numbers = new StringBuilder();
    for (Stance s : ReportSections.axisOrder()) {
      int n = a.stanceCounts().get(s);
      if (total > 0 && n > 0) {
        out.append("<span class=\"").append(Markup.stanceClass(s)).append("\" style=\"width:")
            .append(Markup.coordinate(100.0 * n / total)).append("%\" title=\"")
            .append(escape(names.of(s))).append(": ").append(n).append("\"></span>");
      }
      numbers.append(numbers.length() == 0 ? "" : " / ").append(n);
    }
    out.append("</span><span class=\"small\" title=\"").append(escape(names.of(Stance.PRO_OPEN_SOURCE)))
        .append(" / ").append(escape(names.of(Stance.NEUTRAL))).append(" / ")
        .append(escape(names.of(Stance.PRO_SAFETY_CLOSED))).append("\">").append(numbers)
        .append("</span>");
  }

  private static String dates(CorpusActor a) {
    List<LocalDate> dates =
        a.appearances().stream().flatMap(ap -> ap.publishedOn().stream()).sorted().toList();
    if (dates.isEmpty()) {
      return "";
    }
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    return first.equals(last) ? first.toString() : first + " \u2013 " + last;
  }

  private static void appendKeyClaims(
      StringBuilder out, CorpusMap corpus, List<CorpusActor> shown, StanceNames names) {
    out.append("<section class=\"card\" id=\"key-claims\">\n<h2>Key claims</h2>\n");
    List<CorpusActor> speaking = shown.stream().filter(a -> !a.keyClaims().isEmpty()).toList();
    if (speaking.isEmpty()) {
      out.append("<p class=\"note\">No key claims.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"claims\">\n<thead><tr><th>Actor</th><th>Document</th>")
        .append("<th>Kind</th><th>Stance</th><th>Claim</th></tr></thead>\n<tbody>\n");
    for (CorpusActor a : speaking) {
      for (SourcedClaim sc : a.keyClaims()) {
        Claim c = sc.claim();
        String marked =
            EvidenceMarks.mark(c.text(), c.stance().evidence(), Markup.stanceClass(c.stance().label()));
        out.append("<tr><td class=\"who\">").append(escape(a.name())).append("</td>")
            .append("<td class=\"small\">").append(escape(sc.documentId()));
        date(a, sc.documentId())
            .ifPresent(d -> out.append("<br>").append(d));
        out.append("</td><td class=\"small\">")
            .append(c.kind() == ClaimKind.DIRECT ? "quote" : "reported").append("</td><td>")
            .append(Markup.stanceBadge(c.stance().label(), c.stance().confidence(), names))
            .append("</td><td class=\"claim-text\">")
            .append(c.kind() == ClaimKind.DIRECT ? "\u201C" + marked + "\u201D" : marked)
            .append("</td></tr>\n");
      }
    }
    out.append("</tbody>\n</table>\n");
    if (shown.size() < corpus.actors().size()) {
      out.append("<p class=\"note\">Key claims of the ").append(shown.size())
          .append(" actors with most claims.</p>\n");
    }
    out.append("</section>\n");
  }

  private static Optional<LocalDate> date(CorpusActor a, String documentId) {
    return a.appearances().stream()
        .filter(ap -> ap.documentId().equals(documentId))
        .findFirst()
        .flatMap(ActorAppearance::publishedOn);
  }

  private static String name(Map<String, CorpusActor> byId, String actorId) {
    CorpusActor a = byId.get(actorId);
    return a == null ? actorId : a.name();
  }
}
