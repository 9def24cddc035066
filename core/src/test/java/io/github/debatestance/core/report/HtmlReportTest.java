package io.github.debatestance.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private final HtmlReport report = HtmlReport.standard();

  /**
   * What a reader sees: the page without its style sheet and tags, entities decoded, blocks and
   * cells apart.
   */
  static String visibleText(String html) {
    String text =
        html.replaceAll("(?s)<style>.*?</style>", " ")
            .replaceAll("(?s)<title>.*?</title>", " ")
            .replaceAll("</?(td|th|tr|li|div|p|h\\d|section|header|footer|text|br|ul|table)\\b[^>]*>", " ")
            .replaceAll("<[^>]*>", "");
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return text.replaceAll("\\s+", " ");
  }

  private static int occurrences(String html, String what) {
    int n = 0;
    for (int i = html.indexOf(what); i >= 0; i = html.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void claimTextWithMarkupAmpersandsAndQuotesIsEscaped() {
    String html = report.render(ReportFixtures.documentMap(), ReportFixtures.TEXT);

    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(html).contains("&amp; that").doesNotContain(" & that");
    assertThat(html).contains("&quot;open&quot;");
    assertThat(visibleText(html))
        .contains("Once it is out, <script>alert('x')</script> no one can take it back,")
        .contains("the label \"open\" hides who holds the keys");
  }

  @Test
  void actorNamesAndDocumentIdWithMarkupAreEscapedInTablesChartAndTitle() {
    Actor odd =
        ReportFixtures.actor("a1", "Sam <b>Quill</b> & \"Co\"", ActorType.ORGANIZATION, null,
            Stance.PRO_SAFETY_CLOSED, 0.7);
    DebateMap map = new DebateMap("<i>doc</i>", List.of(odd), List.of());

    String html = report.render(map);

    assertThat(html).doesNotContain("<b>Quill").doesNotContain("<i>doc");
    assertThat(html).contains("<title>Debate map: &lt;i&gt;doc&lt;/i&gt;</title>");
    // Once in the chart label, once in the dot's tooltip, once in the camp, once in the table.
    assertThat(occurrences(html, "Sam &lt;b&gt;Quill&lt;/b&gt; &amp; &quot;Co&quot;"))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void pageLoadsNothingFromOutside() {
    for (String html :
        List.of(
            report.render(ReportFixtures.documentMap(), ReportFixtures.TEXT),
            report.render(ReportFixtures.documentMap()),
            report.render(ReportFixtures.corpusMap()),
            report.render(DebateMap.empty("blank")))) {
      assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:");
      assertThat(html).doesNotContain("@import").doesNotContain("//");
      assertThat(html)
          .doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed|base)\\b")
          .doesNotContainPattern("(?i)\\s(src|href)\\s*=");
      // The only url() references are to the page's own SVG definitions.
      Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
      while (urls.find()) {
        assertThat(urls.group(1)).startsWith("#");
      }
      assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }
  }

  @Test
  void everyActorAndEveryClaimAppear() {
    DebateMap map = ReportFixtures.documentMap();

    String seen = visibleText(report.render(map));

    for (Actor a : map.actors()) {
      assertThat(seen).contains(a.name());
    }
    for (Claim c : map.claims()) {
      assertThat(seen).contains(c.text());
    }
    assertThat(seen).contains("unattributed");
  }

  @Test
  void everyRelationIsListedWithSourceTypeTargetHowAndEvidence() {
    DebateMap map = ReportFixtures.documentMap();

    String html = report.render(map);
    String seen = visibleText(html);

    assertThat(seen)
        .contains("Petra Lindqvist − opposes Lina Okafor stated 0.80 Petra Lindqvist, who chairs")
        .contains("Meridian Systems + supports Petra Lindqvist stated 0.85")
        .contains("Lina Okafor ↩ responds to Meridian Systems stated 0.60")
        .contains("Tobias Wren − opposes Petra Lindqvist inferred 0.55 opposite stances on"
            + " releasing weights");
    // One arrow per relation on the chart, the inferred one dashed.
    assertThat(occurrences(html, "<path class=\"link ")).isEqualTo(map.relations().size());
    assertThat(html).contains("<path class=\"link r-opposes inferred\"");
    assertThat(html).contains("marker-end=\"url(#arrow-r-supports)\"");
  }

  @Test
  void repeatedRelationIsOneThickerArrow() {
    DebateMap map = ReportFixtures.documentMap();
    Relation first = map.relations().get(0);
    Relation again =
        new Relation(first.sourceActorId(), first.targetActorId(), first.type(), false,
            first.evidence(), first.span(), first.claimIds(), 0.7);
    List<Relation> relations = new ArrayList<>(map.relations());
    relations.add(again);

    String html = report.render(map.withRelations(relations));

    assertThat(occurrences(html, "<path class=\"link ")).isEqualTo(map.relations().size());
    assertThat(html).contains("stroke-width=\"2.4\"");
  }

  @Test
  void emptyMapRendersAWholePageThatSaysSo() {
    String html = report.render(DebateMap.empty("blank"));

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(visibleText(html))
        .contains("Debate map blank")
        .contains("0 actors")
        .contains("No actor speaks in this document.")
        .contains("No relations between actors were found.")
        .contains("No claims were found.");
    assertThat(html).doesNotContain("<svg class=\"axis-chart\"");
  }

  @Test
  void headerCountsActorsClaimsAndRelationsAndSaysWhichSideLeads() {
    String seen = visibleText(report.render(ReportFixtures.documentMap()));

    assertThat(seen)
        .contains("6 actors")
        .contains("10 claims")
        .contains("9 attributed to a speaker")
        .contains("4 relations (1 inferred)")
        .contains("More claims favour open source: 5 against 3 for safety / closed, of 10 claims.");
  }

  @Test
  void stancesReadAsWordsNeverAsEnumNames() {
    String html = report.render(ReportFixtures.documentMap());

    assertThat(html).doesNotContain("PRO_").doesNotContain("NEUTRAL");
    assertThat(visibleText(html))
        .contains("open source 0.82")
        .contains("safety / closed 0.77")
        .contains("neutral 0.55");
  }

  @Test
  void anotherDebateNamesItsOwnPositions() {
    HtmlReport nuclear =
        HtmlReport.withStanceNames(new StanceNames("nuclear power", "undecided", "renewables only"));

    String seen = visibleText(nuclear.render(ReportFixtures.documentMap()));

    assertThat(seen).contains("nuclear power 0.82").contains("renewables only 0.77")
        .doesNotContain("open source");
  }

  @Test
  void stanceEvidenceIsMarkedInTheClaimInTheClaimsColour() {
    String html = report.render(ReportFixtures.documentMap());

    assertThat(html)
        .contains("<mark class=\"s-open\">inspect</mark>")
        .contains("<mark class=\"s-closed\">take it back</mark>")
        .contains("<mark class=\"s-neutral\">&quot;open&quot;</mark>");
  }

  @Test
  void claimsAloneAreQuotedAndClaimsWithTextStandInTheirContext() {
    DebateMap map = ReportFixtures.documentMap();

    String alone = visibleText(report.render(map));
    String inContext = visibleText(report.render(map, ReportFixtures.TEXT));

    assertThat(alone).contains("\u201CNobody disagrees that testing matters,\u201D");
    assertThat(inContext)
        .contains("\"Nobody disagrees that testing matters,\" one official said.")
        .contains("Okafor argued that open weights let small labs compete.");
  }

  @Test
  void textThatTheMapWasNotMadeFromIsRefused() {
    DebateMap map = ReportFixtures.documentMap();

    assertThatThrownBy(() -> report.render(map, "Some other text."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claim c1");
  }

  @Test
  void chartPlacesOneDotPerActorWithItsNameAndTheSidesAtTheEnds() {
    DebateMap map = ReportFixtures.documentMap();

    String html = report.render(map);

    assertThat(occurrences(html, "<circle class=\"dot ")).isEqualTo(map.actors().size());
    String svg = html.substring(html.indexOf("<svg class=\"axis-chart\""), html.indexOf("</svg>"));
    for (Actor a : map.actors()) {
      assertThat(svg).contains(">" + a.name() + "</text>");
    }
    assertThat(svg).contains("\u25C0 open source").contains("safety / closed \u25B6");
  }

  @Test
  void campsShowStrengthMembersAndClaims() {
    String seen = visibleText(report.render(ReportFixtures.documentMap()));

    assertThat(seen)
        .contains("Open source 3 members · 5 claims on this side · mean confidence 0.80")
        .contains("Safety / closed 2 members · 3 claims on this side")
        .contains("Lina Okafor (3 claims)");
  }

  @Test
  void pageElementsAreBalanced() {
    for (String html :
        List.of(report.render(ReportFixtures.documentMap(), ReportFixtures.TEXT),
            report.render(ReportFixtures.corpusMap()))) {
      for (String tag : List.of("section", "table", "tr", "td", "svg", "text", "mark", "div", "ul",
          "li", "span")) {
        assertThat(occurrences(html, "<" + tag + ">") + occurrences(html, "<" + tag + " "))
            .as(tag)
            .isEqualTo(occurrences(html, "</" + tag + ">"));
      }
    }
  }

  @Test
  void corpusPageShowsEveryActorWithStanceCountsDocumentsAndKeyClaims() {
    CorpusMap corpus = ReportFixtures.corpusMap();

    String html = report.render(corpus);
    String seen = visibleText(html);

    assertThat(seen).contains("4 documents").contains("6 actors").contains("3 relations");
    for (CorpusActor a : corpus.actors()) {
      assertThat(seen).contains(a.name());
      for (var keyClaim : a.keyClaims()) {
        assertThat(seen).contains(keyClaim.claim().text());
      }
    }
    assertThat(seen)
        .contains("3: harbour-tern, coastal-board-hearing, undated-digest")
        .contains("2024-03-04 – 2024-05-20")
        .contains("stated ×3, inferred ×1")
        .contains("inferred ×2");
    assertThat(html).contains("<td class=\"small\">coastal-board-hearing<br>2024-05-20</td>");
  }

  @Test
  void corpusTimelineHasOneDotPerDatedAppearanceAndCountsTheUndated() {
    CorpusMap corpus = ReportFixtures.corpusMap();
    long dated =
        corpus.actors().stream()
            .flatMap(a -> a.appearances().stream())
            .filter(ap -> ap.date() != null)
            .count();
    long undated =
        corpus.actors().stream().flatMap(a -> a.appearances().stream()).count() - dated;

    String html = report.render(corpus);

    assertThat(occurrences(html, "<circle class=\"appearance ")).isEqualTo((int) dated);
    assertThat(visibleText(html)).contains(undated + " appearances without a date are left out.");
    assertThat(html).contains(">2024-03-04</text>").contains(">2024-09-02</text>");
  }

  @Test
  void corpusWithoutDatesSaysThereIsNoTimeline() {
    CorpusMap corpus = corpusOf(3, false);

    String html = report.render(corpus);

    assertThat(html).doesNotContain("<svg class=\"timeline\"");
    assertThat(visibleText(html)).contains("No document has a date, so there is no timeline.");
  }

  @Test
  void largeCorpusChartsTheActorsWithMostClaimsAndSaysHowManyItLeftOut() {
    int many = CorpusPage.CHART_ACTORS + 5;
    CorpusMap corpus = corpusOf(many, true);

    String html = report.render(corpus);

    assertThat(occurrences(html, "<circle class=\"dot ")).isEqualTo(CorpusPage.CHART_ACTORS);
    assertThat(visibleText(html))
        .contains("Showing the " + CorpusPage.CHART_ACTORS + " actors with most claims, of " + many)
        .contains("Actor " + (many - 1));
  }

  @Test
  void emptyCorpusRendersAWholePage() {
    String html = report.render(new CorpusMap(0, 0, List.of(), List.of(), List.of()));

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(visibleText(html))
        .contains("0 documents")
        .contains("No actor speaks in this corpus.")
        .contains("No relations between actors were found.");
  }

  /** A corpus of {@code n} actors, each in one document, most claims first. */
  private static CorpusMap corpusOf(int n, boolean dated) {
    List<CorpusActor> actors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Stance s = Stance.values()[i % 3];
      Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
      for (Stance t : Stance.values()) {
        counts.put(t, t == s ? n - i : 0);
      }
      StanceAssessment stance = new StanceAssessment(s, 0.5 + 0.4 * i / n, List.of());
      String doc = "doc-" + i;
      String text = "claim number " + i;
      Claim claim =
          new Claim("c1", ClaimKind.INDIRECT, text, new TextSpan(0, text.length()), null, "said",
              stance);
      actors.add(
          new CorpusActor("p" + i, "Actor " + i, List.of(), ActorType.PERSON, List.of(), stance,
              counts,
              List.of(new ActorAppearance(doc, dated ? java.time.LocalDate.of(2023, 1, 1 + i % 28) : null,
                  "a1", stance, n - i)),
              List.of(new io.github.debatestance.core.model.SourcedClaim(doc, claim))));
    }
    List<CorpusRelation> relations =
        n < 2
            ? List.of()
            : List.of(new CorpusRelation("p0", "p1", io.github.debatestance.core.model.RelationType.OPPOSES,
                1, 0, List.of("disagreed"), List.of("doc-0")));
    return new CorpusMap(n, actors.stream().mapToInt(CorpusActor::claimCount).sum(), actors,
        relations, List.of());
  }
}
