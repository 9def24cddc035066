package io.github.debatestance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  private static final String LONG_QUOTE =
      "Within weeks of every major open release we have seen its safeguards tuned away."
          + "\n\nThe people who do that are not publishing papers about it, and they never will,"
          + " whatever the licence says.";

  private static DebateMap sampleMap() {
    Actor brennan =
        new Actor(
            "a1",
            "Ada Brennan",
            List.of("Brennan"),
            ActorType.PERSON,
            List.of("Northwind Labs CEO"),
            new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.8, List.of("openness")));
    Actor corvane =
        new Actor(
            "a2",
            "Corvane AI",
            List.of(),
            ActorType.ORGANIZATION,
            List.of(),
            new StanceAssessment(Stance.PRO_SAFETY_CLOSED, 0.7, List.of()));
    Claim direct =
        new Claim(
            "c1",
            ClaimKind.DIRECT,
            "Openness is how you find the flaws",
            new TextSpan(10, 44),
            new Attribution("a1", "Ada Brennan", 0.9),
            "said",
            new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.91, List.of("openness", "flaws")));
    Claim indirect =
        new Claim(
            "c2",
            ClaimKind.INDIRECT,
            "it would release capabilities gradually",
            new TextSpan(100, 139),
            new Attribution("a2", "Corvane AI", 0.75),
            "said",
            new StanceAssessment(Stance.PRO_SAFETY_CLOSED, 0.66, List.of("gradually")));
    Claim orphan =
        new Claim(
            "c3",
            ClaimKind.DIRECT,
            LONG_QUOTE,
            new TextSpan(200, 200 + LONG_QUOTE.length()),
            null,
            null,
            StanceAssessment.neutral(0.5));
    String rejection = "Corvane AI rejected Brennan's call for open weights.";
    Relation stated =
        new Relation(
            "a2",
            "a1",
            RelationType.OPPOSES,
            false,
            rejection,
            new TextSpan(50, 50 + rejection.length()),
            List.of("c2"),
            0.9);
    Relation inferred =
        new Relation(
            "a1",
            "a2",
            RelationType.OPPOSES,
            true,
            "Ada Brennan takes PRO_OPEN_SOURCE and Corvane AI PRO_SAFETY_CLOSED on \"release\"",
            null,
            List.of("c1", "c2"),
            0.6);
    return new DebateMap(
        "northwind",
        List.of(brennan, corvane),
        List.of(direct, indirect, orphan),
        List.of(stated, inferred));
  }

  @Test
  void headerNamesTheDocumentAndCountsActorsAndClaims() {
    String report = TextReport.render(sampleMap());

    assertThat(report.lines().limit(3))
        .containsExactly(
            "Debate map: northwind",
            "=====================",
            "2 actors, 3 claims (2 attributed, 1 unattributed)");
  }

  @Test
  void listsEachActorWithTypeRolesAliasesAndStance() {
    String report = TextReport.render(sampleMap());

    assertThat(report)
        .contains(
            "Ada Brennan  (person)\n"
                + "  roles:   Northwind Labs CEO\n"
                + "  aliases: Brennan\n"
                + "  stance:  PRO_OPEN_SOURCE  0.80\n"
                + "  claims:  1\n");
  }

  @Test
  void leavesOutEmptyRolesAndAliases() {
    String report = TextReport.render(sampleMap());

    assertThat(report)
        .contains("Corvane AI  (organization)\n  stance:  PRO_SAFETY_CLOSED  0.70\n");
  }

  @Test
  void showsEachClaimUnderItsSpeakerWithAlignedColumnsAndEvidence() {
    String report = TextReport.render(sampleMap());

    assertThat(report)
        .contains(
            "    DIRECT    PRO_OPEN_SOURCE    0.91  [openness, flaws]\n"
                + "      \"Openness is how you find the flaws\"\n")
        .contains(
            "    INDIRECT  PRO_SAFETY_CLOSED  0.66  [gradually]\n"
                + "      it would release capabilities gradually\n");
    assertThat(report.indexOf("Openness is how")).isLessThan(report.indexOf("Corvane AI  ("));
  }

  @Test
  void listsTheCampsAfterTheHeaderWithTheirMembers() {
    String report = TextReport.render(sampleMap());

    assertThat(report)
        .contains(
            "\nCamps\n"
                + "  PRO_OPEN_SOURCE    1 actor, 1 claim, mean 0.91: Ada Brennan\n"
                + "  PRO_SAFETY_CLOSED  1 actor, 1 claim, mean 0.66: Corvane AI\n");
    assertThat(report.indexOf("Camps")).isLessThan(report.indexOf("Ada Brennan  ("));
  }

  @Test
  void aLongCampBreaksBetweenNamesWithinOneHundredColumns() {
    List<Actor> actors = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      actors.add(
          new Actor(
              "a" + i,
              "Speaker Number" + i + " Longname",
              List.of(),
              ActorType.PERSON,
              List.of(),
              new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.8, List.of())));
      claims.add(
          new Claim(
              "c" + i,
              ClaimKind.INDIRECT,
              "open weights help",
              new TextSpan(i * 100, i * 100 + 17),
              new Attribution("a" + i, "Speaker Number" + i + " Longname", 0.9),
              "said",
              new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.8, List.of())));
    }
    String report = TextReport.render(new DebateMap("many", actors, claims));

    int start = report.indexOf("Camps");
    String camps = report.substring(start, report.indexOf("\n\n", start));
    assertThat(camps.lines()).hasSizeGreaterThan(2);
    assertThat(camps.lines())
        .allSatisfy(
            line -> {
              assertThat(line.length()).isLessThanOrEqualTo(100);
              assertThat(line).doesNotEndWith("Speaker").doesNotEndWith("Number");
            });
    for (Actor actor : actors) {
      assertThat(camps).contains(actor.name());
    }
  }

  @Test
  void listsRelationsAfterTheActorsWithQuotedOrExplainedEvidence() {
    String report = TextReport.render(sampleMap());

    assertThat(report)
        .contains(
            "Relations (1 stated, 1 inferred)\n"
                + "  Corvane AI OPPOSES Ada Brennan  0.90  stated\n"
                + "      \"Corvane AI rejected Brennan's call for open weights.\"\n"
                + "  Ada Brennan OPPOSES Corvane AI  0.60  inferred\n"
                + "      Ada Brennan takes PRO_OPEN_SOURCE and Corvane AI PRO_SAFETY_CLOSED on"
                + " \"release\"\n");
    assertThat(report.indexOf("Relations (")).isGreaterThan(report.indexOf("Corvane AI  ("));
    assertThat(report.indexOf("Relations (")).isLessThan(report.indexOf("Unattributed claims"));
  }

  @Test
  void putsClaimsWithoutSpeakerInTheirOwnSectionAtTheEnd() {
    String report = TextReport.render(sampleMap());

    String tail = report.substring(report.indexOf("Unattributed claims (1)"));
    assertThat(tail).contains("    DIRECT    NEUTRAL            0.50\n");
    assertThat(tail).contains("\"Within weeks");
  }

  @Test
  void foldsLineBreaksAndAbbreviatesLongClaims() {
    String report = TextReport.render(sampleMap());

    String tail = report.substring(report.indexOf("Unattributed claims"));
    String claimText =
        tail.lines()
            .skip(2)
            .map(String::strip)
            .reduce((a, b) -> a + " " + b)
            .orElseThrow();
    assertThat(claimText).startsWith("\"Within weeks").endsWith("...\"").doesNotContain("\n");
    // The text itself, without the two quotation marks, stays within the limit.
    assertThat(claimText.length() - 2).isLessThanOrEqualTo(TextReport.MAX_CLAIM_CHARS);
  }

  @Test
  void wrapsClaimTextWithinOneHundredColumns() {
    String report = TextReport.render(sampleMap());

    assertThat(report.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void abbreviateCutsAtAWordBoundary() {
    assertThat(TextReport.abbreviate("open weights for everyone", 16)).isEqualTo("open weights...");
    assertThat(TextReport.abbreviate("  short\n text ", 160)).isEqualTo("short text");
  }

  @Test
  void rendersAnEmptyMapAsHeaderOnly() {
    String report = TextReport.render(DebateMap.empty("blank"));

    assertThat(report)
        .isEqualTo(
            "Debate map: blank\n"
                + "=================\n"
                + "0 actors, 0 claims (0 attributed, 0 unattributed)\n");
  }
}
