package io.github.debatestance.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final Stance OPEN = Stance.PRO_OPEN_SOURCE;
  private static final Stance CLOSED = Stance.PRO_SAFETY_CLOSED;
  private static final Stance NEUTRAL = Stance.NEUTRAL;

  private static final GoldActor QUILL =
      new GoldActor("Mara Quill", List.of("Quill"), ActorType.PERSON, List.of(), OPEN);
  private static final GoldActor RENN =
      new GoldActor("Tobias Renn", List.of(), ActorType.PERSON, List.of(), CLOSED);
  private static final GoldActor CORVID =
      new GoldActor("Corvid Lab", List.of(), ActorType.ORGANIZATION, List.of(), NEUTRAL);

  private final Evaluator evaluator = new Evaluator();

  // --- builders -------------------------------------------------------------------------------

  private static GoldClaim direct(String text, String speaker, Stance stance) {
    return new GoldClaim(text, ClaimKind.DIRECT, speaker, stance);
  }

  private static GoldClaim indirect(String text, String speaker, Stance stance) {
    return new GoldClaim(text, ClaimKind.INDIRECT, speaker, stance);
  }

  private static GoldDocument gold(List<GoldActor> actors, GoldClaim... claims) {
    return new GoldDocument("doc", "", actors, List.of(claims));
  }

  private static GoldDocument gold(GoldClaim... claims) {
    return gold(List.of(QUILL, RENN, CORVID), claims);
  }

  /** A predicted claim; its span is made up, since the scorer reads only texts. */
  private static Claim claim(ClaimKind kind, String text, String speaker, Stance stance) {
    Attribution attribution = speaker == null ? null : new Attribution(idOf(speaker), speaker, 0.9);
    return new Claim(
        "c" + text.hashCode(),
        kind,
        text,
        new TextSpan(0, text.length()),
        attribution,
        null,
        new StanceAssessment(stance, 0.8, List.of()));
  }

  private static Claim direct(String text, String speaker) {
    return claim(ClaimKind.DIRECT, text, speaker, NEUTRAL);
  }

  private static Actor actor(String name, List<String> aliases, Stance stance) {
    return new Actor(
        idOf(name),
        name,
        aliases,
        ActorType.PERSON,
        List.of(),
        new StanceAssessment(stance, 0.8, List.of()));
  }

  private static String idOf(String name) {
    return "id-" + name;
  }

  /** A map whose actors are the claims' speakers, each with no alias and a neutral stance. */
  private static DebateMap predicted(Claim... claims) {
    List<Actor> actors = new ArrayList<>();
    for (Claim c : claims) {
      if (c.speaker() != null
          && actors.stream().noneMatch(a -> a.id().equals(c.speaker().actorId()))) {
        actors.add(actor(c.speaker().name(), List.of(), NEUTRAL));
      }
    }
    return new DebateMap("doc", actors, List.of(claims));
  }

  // --- normalisation --------------------------------------------------------------------------

  @Test
  void normalisationDropsCaseQuotesPunctuationAndApostrophes() {
    assertThat(
            ClaimTokens.normalise("\u201CWe Won\u2019t wait,\u201D  she said\u2014firmly.\u00A0Ok"))
        .containsExactly("we", "wont", "wait", "she", "said", "firmly", "ok");
    assertThat(ClaimTokens.normalise("don't")).isEqualTo(ClaimTokens.normalise("don\u2019t"));
    assertThat(ClaimTokens.normalise(" \u201C\u2026\u201D ")).isEmpty();
  }

  @Test
  void tokenF1CountsRepeatedTokensOnce() {
    ClaimTokens gold = ClaimTokens.of("open open models");
    ClaimTokens predicted = ClaimTokens.of("open models models");

    // Multiset overlap: one "open", one "models".
    assertThat(gold.overlap(predicted)).isEqualTo(2);
    assertThat(gold.f1(predicted)).isCloseTo(2.0 / 3, within(1e-12));
  }

  // --- extraction -----------------------------------------------------------------------------

  @Test
  void exactMatchScoresPerfectly() {
    GoldDocument gold =
        gold(
            direct("Shared weights make every lab safer.", "Mara Quill", OPEN),
            indirect("the release should wait a year", "Tobias Renn", CLOSED));
    DebateMap predicted =
        predicted(
            claim(ClaimKind.DIRECT, "Shared weights make every lab safer.", "Mara Quill", OPEN),
            claim(ClaimKind.INDIRECT, "the release should wait a year", "Tobias Renn", CLOSED));

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.direct()).isEqualTo(new ExtractionScore(1, 0, 0));
    assertThat(score.indirect()).isEqualTo(new ExtractionScore(1, 0, 0));
    assertThat(score.direct().f1()).isEqualTo(1.0);
    assertThat(score.attribution()).isEqualTo(new Ratio(2, 2));
    assertThat(score.stanceEndToEnd()).isEqualTo(new Ratio(2, 2));
    assertThat(score.stance().macroF1()).isEqualTo(1.0);
    assertThat(score.mismatches())
        .extracting(Mismatch::type)
        .doesNotContain(
            Mismatch.Type.MISSED_CLAIM, Mismatch.Type.SPURIOUS_CLAIM, Mismatch.Type.WRONG_SPEAKER);
  }

  @Test
  void quotationMarksAndCaseDoNotPreventAMatch() {
    GoldDocument gold = gold(direct("We won\u2019t wait for permission,", "Mara Quill", OPEN));
    DebateMap predicted =
        predicted(direct("\u201Cwe wont WAIT for permission\u201D", "Mara Quill"));

    assertThat(evaluator.score(gold, predicted).direct()).isEqualTo(new ExtractionScore(1, 0, 0));
  }

  @Test
  void partialOverlapOfAtLeastHalfMatches() {
    // 8 gold tokens, 6 predicted, 6 shared: F1 = 12/14.
    GoldDocument gold =
        gold(direct("open weights let small labs build on frontier research", null, null));
    DebateMap predicted = predicted(direct("open weights let small labs build", null));

    assertThat(evaluator.score(gold, predicted).direct()).isEqualTo(new ExtractionScore(1, 0, 0));
  }

  @Test
  void overlapOfExactlyHalfMatches() {
    // 3 gold tokens, 1 predicted, 1 shared: F1 = 2/4 = 0.5.
    GoldDocument gold = gold(direct("caution costs nothing", null, null));
    DebateMap predicted = predicted(direct("caution", null));

    assertThat(evaluator.score(gold, predicted).direct()).isEqualTo(new ExtractionScore(1, 0, 0));
  }

  @Test
  void overlapBelowHalfDoesNotMatch() {
    // 8 gold tokens, 2 predicted, 2 shared: F1 = 4/10.
    GoldDocument gold =
        gold(direct("open weights let small labs build on frontier research", null, null));
    DebateMap predicted = predicted(direct("small labs", null));

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.direct()).isEqualTo(new ExtractionScore(0, 1, 1));
    assertThat(score.mismatches())
        .extracting(Mismatch::type)
        .containsExactly(
            Mismatch.Type.MISSED_CLAIM,
            Mismatch.Type.SPURIOUS_CLAIM,
            Mismatch.Type.MISSED_ACTOR,
            Mismatch.Type.MISSED_ACTOR,
            Mismatch.Type.MISSED_ACTOR);
  }

  @Test
  void claimsMatchOnlyWithinTheirKind() {
    GoldDocument gold = gold(direct("the audit found no leak", null, null));
    DebateMap predicted =
        predicted(claim(ClaimKind.INDIRECT, "the audit found no leak", null, NEUTRAL));

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.direct()).isEqualTo(new ExtractionScore(0, 0, 1));
    assertThat(score.indirect()).isEqualTo(new ExtractionScore(0, 1, 0));
  }

  @Test
  void eachGoldClaimIsMatchedOnce() {
    GoldDocument gold = gold(direct("nobody can recall a model", null, null));
    DebateMap predicted =
        predicted(
            direct("nobody can recall a model", null), direct("nobody can recall a model", null));

    assertThat(evaluator.score(gold, predicted).direct()).isEqualTo(new ExtractionScore(1, 1, 0));
  }

  @Test
  void eachPredictedClaimIsMatchedOnceBestOverlapFirst() {
    // The predicted claim overlaps both; it goes to the closer, second gold claim (F1 1.0, not
    // 0.75), although the first gold claim comes earlier.
    GoldDocument gold =
        gold(
            direct("open models help everyone learn", "Mara Quill", null),
            direct("open models help", "Tobias Renn", null));
    DebateMap predicted = predicted(direct("open models help", "Renn"));

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.direct()).isEqualTo(new ExtractionScore(1, 0, 1));
    assertThat(score.attribution()).isEqualTo(new Ratio(1, 1));
    assertThat(score.mismatches())
        .filteredOn(m -> m.type() == Mismatch.Type.MISSED_CLAIM)
        .extracting(Mismatch::text)
        .containsExactly("open models help everyone learn");
  }

  @Test
  void equalOverlapsGoInDocumentOrder() {
    GoldDocument gold =
        gold(
            direct("release it now", "Mara Quill", null),
            direct("release it now", "Tobias Renn", null));
    DebateMap predicted = predicted(direct("release it now", "Mara Quill"));

    DocumentScore score = evaluator.score(gold, predicted);

    // The first gold claim takes the match, so Quill is right and Renn's claim is missed.
    assertThat(score.attribution()).isEqualTo(new Ratio(1, 1));
    assertThat(score.direct()).isEqualTo(new ExtractionScore(1, 0, 1));
  }

  // --- attribution ----------------------------------------------------------------------------

  @Test
  void attributionAcceptsAnAlias() {
    GoldDocument gold = gold(direct("weights belong to everyone", "Mara Quill", null));

    assertThat(
            evaluator
                .score(gold, predicted(direct("weights belong to everyone", "quill")))
                .attribution())
        .isEqualTo(new Ratio(1, 1));
  }

  @Test
  void attributionAcceptsANameEndingInTheLastName() {
    GoldDocument gold = gold(direct("wait for the audit", "Tobias Renn", null));

    assertThat(evaluator.score(gold, predicted(direct("wait for the audit", "Renn"))).attribution())
        .isEqualTo(new Ratio(1, 1));
    assertThat(
            evaluator
                .score(gold, predicted(direct("wait for the audit", "Dr. Tobias Renn")))
                .attribution())
        .isEqualTo(new Ratio(1, 1));
    // A last name must be a whole word.
    assertThat(
            evaluator.score(gold, predicted(direct("wait for the audit", "Sorenn"))).attribution())
        .isEqualTo(new Ratio(0, 1));
  }

  @Test
  void attributionReadsTheLastNameOfAGoldNameGivenAsASourceDescription() {
    GoldActor described =
        new GoldActor(
            "Tobias Renn (Ind.), 53, who runs a lab in Leeds,",
            List.of(),
            ActorType.PERSON,
            List.of(),
            null);
    GoldActor titled =
        new GoldActor("Sen. Mara Quill of Oregon", List.of(), ActorType.PERSON, List.of(), null);
    GoldActor possessive =
        new GoldActor("Corvid’s", List.of(), ActorType.ORGANIZATION, List.of(), null);
    GoldActor appositive =
        new GoldActor(
            "the finance minister, Lena Forsberg,", List.of(), ActorType.PERSON, List.of(), null);
    GoldActor placedAppositive =
        new GoldActor(
            "another pollster, Ivo Dancik of Marlow College,",
            List.of(),
            ActorType.PERSON,
            List.of(),
            null);
    GoldActor ownedDescription =
        new GoldActor(
            "Norland's governor, Edith Vale, a Liberal,",
            List.of(),
            ActorType.PERSON,
            List.of(),
            null);
    GoldDocument gold =
        gold(
            List.of(described, titled, possessive, appositive, placedAppositive, ownedDescription),
            direct("wait for the audit", described.name(), null),
            direct("publish the weights", titled.name(), null),
            direct("test before release", possessive.name(), null),
            direct("fund the audits", appositive.name(), null),
            direct("share the benchmarks", placedAppositive.name(), null),
            direct("license the models", ownedDescription.name(), null));

    DebateMap right =
        predicted(
            direct("wait for the audit", "Tobias Renn"),
            direct("publish the weights", "Mara Quill"),
            direct("test before release", "Corvid"),
            direct("fund the audits", "Lena Forsberg"),
            direct("share the benchmarks", "Ivo Dancik"),
            direct("license the models", "Edith Vale"));
    DebateMap wrong =
        predicted(
            direct("wait for the audit", "Ada Brennan"),
            direct("publish the weights", "Mara Reyes"),
            direct("test before release", "Northwind"),
            direct("fund the audits", "Priya Natarajan"),
            direct("share the benchmarks", "Ivo Marlow"),
            direct("license the models", "Norland"));

    assertThat(evaluator.score(gold, right).attribution()).isEqualTo(new Ratio(6, 6));
    assertThat(evaluator.score(gold, wrong).attribution()).isEqualTo(new Ratio(0, 6));
  }

  @Test
  void attributionAcceptsAnAliasOfThePredictedActor() {
    GoldDocument gold = gold(direct("wait for the audit", "Tobias Renn", null));
    Claim claim =
        new Claim(
            "c1",
            ClaimKind.DIRECT,
            "wait for the audit",
            new TextSpan(0, 18),
            new Attribution("a7", "the chief scientist", 0.6),
            null,
            StanceAssessment.neutral(0.5));
    Actor scientist =
        new Actor(
            "a7",
            "the chief scientist",
            List.of("Renn"),
            ActorType.PERSON,
            List.of(),
            StanceAssessment.neutral(0.5));

    DocumentScore score =
        evaluator.score(gold, new DebateMap("doc", List.of(scientist), List.of(claim)));

    assertThat(score.attribution()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void wrongSpeakerIsReportedWithBothNames() {
    GoldDocument gold = gold(direct("wait for the audit", "Tobias Renn", null));

    DocumentScore score =
        evaluator.score(gold, predicted(direct("wait for the audit", "Mara Quill")));

    assertThat(score.attribution()).isEqualTo(new Ratio(0, 1));
    assertThat(score.mismatches())
        .contains(
            new Mismatch(
                Mismatch.Type.WRONG_SPEAKER,
                ClaimKind.DIRECT,
                "wait for the audit",
                "Tobias Renn",
                "Mara Quill"));
  }

  @Test
  void nullPredictedSpeakerIsWrong() {
    GoldDocument gold = gold(direct("wait for the audit", "Tobias Renn", null));

    DocumentScore score = evaluator.score(gold, predicted(direct("wait for the audit", null)));

    assertThat(score.attribution()).isEqualTo(new Ratio(0, 1));
    assertThat(score.mismatches())
        .filteredOn(m -> m.type() == Mismatch.Type.WRONG_SPEAKER)
        .singleElement()
        .satisfies(m -> assertThat(m.describe()).contains("predicted=(none)"));
  }

  @Test
  void nullGoldSpeakerIsNotScored() {
    GoldDocument gold = gold(direct("wait for the audit", null, null));

    DocumentScore score =
        evaluator.score(gold, predicted(direct("wait for the audit", "Mara Quill")));

    assertThat(score.attribution()).isEqualTo(Ratio.none());
    assertThat(score.attribution().value()).isZero();
  }

  // --- stance ---------------------------------------------------------------------------------

  @Test
  void macroF1OnAKnownCase() {
    // gold      OPEN OPEN   CLOSED NEUTRAL
    // predicted OPEN CLOSED CLOSED CLOSED
    // OPEN: P 1/1, R 1/2, F1 2/3. CLOSED: P 1/3, R 1/1, F1 1/2. NEUTRAL: F1 0. Mean 7/18.
    GoldDocument gold =
        gold(
            direct("alpha one", null, OPEN),
            direct("beta two", null, OPEN),
            direct("gamma three", null, CLOSED),
            direct("delta four", null, NEUTRAL));
    DebateMap predicted =
        predicted(
            claim(ClaimKind.DIRECT, "alpha one", null, OPEN),
            claim(ClaimKind.DIRECT, "beta two", null, CLOSED),
            claim(ClaimKind.DIRECT, "gamma three", null, CLOSED),
            claim(ClaimKind.DIRECT, "delta four", null, CLOSED));

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.stance().f1(OPEN)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(score.stance().f1(CLOSED)).isCloseTo(0.5, within(1e-12));
    assertThat(score.stance().f1(NEUTRAL)).isZero();
    assertThat(score.stance().macroF1()).isCloseTo(7.0 / 18, within(1e-12));
    assertThat(score.stance().count(OPEN, CLOSED)).isEqualTo(1);
    assertThat(score.stance().count(NEUTRAL, CLOSED)).isEqualTo(1);
    assertThat(score.stance().total()).isEqualTo(4);
    assertThat(score.stanceEndToEnd()).isEqualTo(new Ratio(2, 4));
  }

  @Test
  void macroF1SkipsALabelWithNeitherGoldNorPrediction() {
    // OPEN: P 1/2, R 1/1, F1 2/3. CLOSED: F1 0. NEUTRAL absent: left out. Mean 1/3.
    StanceConfusionMatrix m = StanceConfusionMatrix.empty().add(OPEN, OPEN).add(CLOSED, OPEN);

    assertThat(m.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(StanceConfusionMatrix.empty().macroF1()).isZero();
  }

  @Test
  void calibrationSetsTheConfidenceOfMatchedLabelsAgainstTheirAccuracy() {
    // Every predicted label comes with confidence 0.8; one of the two matched labels is right.
    GoldDocument gold =
        gold(
            direct("alpha one", null, OPEN),
            direct("beta two", null, OPEN),
            direct("gamma three", null, CLOSED));
    DebateMap predicted =
        predicted(
            claim(ClaimKind.DIRECT, "alpha one", null, OPEN),
            claim(ClaimKind.DIRECT, "beta two", null, CLOSED));

    EvaluationReport report = EvaluationReport.of(List.of(evaluator.score(gold, predicted)));

    Calibration c = report.stanceCalibration();
    assertThat(c.count()).isEqualTo(2);
    assertThat(c.meanConfidence()).isCloseTo(0.8, within(1e-12));
    assertThat(c.accuracy()).isEqualTo(0.5);
    assertThat(c.expectedError()).isCloseTo(0.3, within(1e-12));
    assertThat(report.toText())
        .contains(
            "stance calibration       0.300                expected error: mean confidence 0.800,"
                + " accuracy 0.500");
  }

  @Test
  void endToEndCountsMissedClaimsAndIgnoresClaimsWithoutGoldStance() {
    GoldDocument gold =
        gold(
            direct("alpha one", null, OPEN),
            direct("beta two", null, CLOSED),
            direct("gamma three", null, null));
    DebateMap predicted =
        predicted(
            claim(ClaimKind.DIRECT, "alpha one", null, OPEN),
            claim(ClaimKind.DIRECT, "gamma three", null, CLOSED));

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.stanceEndToEnd()).isEqualTo(new Ratio(1, 2));
    assertThat(score.stance().total()).isEqualTo(1);
  }

  // --- actors ---------------------------------------------------------------------------------

  @Test
  void actorsAreFoundByNameAliasOrLastNameAndTheirStanceIsCompared() {
    GoldDocument gold = gold();
    DebateMap predicted =
        new DebateMap(
            "doc",
            List.of(
                actor("QUILL", List.of(), OPEN), // alias, case-insensitive; stance right
                actor("Professor Renn", List.of(), NEUTRAL)), // last name; stance wrong
            List.of());

    DocumentScore score = evaluator.score(gold, predicted);

    assertThat(score.actorsFound()).isEqualTo(new Ratio(2, 3));
    assertThat(score.actorStance()).isEqualTo(new Ratio(1, 2));
    assertThat(score.mismatches())
        .containsExactly(
            new Mismatch(
                Mismatch.Type.WRONG_ACTOR_STANCE,
                null,
                "Tobias Renn",
                "PRO_SAFETY_CLOSED",
                "NEUTRAL"),
            new Mismatch(Mismatch.Type.MISSED_ACTOR, null, "Corvid Lab", null, null));
  }

  @Test
  void anExactNameIsPreferredOverALastNameForActorStance() {
    GoldDocument gold = gold(List.of(RENN));
    DebateMap predicted =
        new DebateMap(
            "doc",
            List.of(actor("Ada Renn", List.of(), OPEN), actor("Tobias Renn", List.of(), CLOSED)),
            List.of());

    assertThat(evaluator.score(gold, predicted).actorStance()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void foundActorWithoutGoldStanceIsNotScoredForStance() {
    GoldActor noStance = new GoldActor("Ilse Varga", List.of(), ActorType.PERSON, List.of(), null);
    DebateMap predicted =
        new DebateMap("doc", List.of(actor("Ilse Varga", List.of(), OPEN)), List.of());

    DocumentScore score = evaluator.score(gold(List.of(noStance)), predicted);

    assertThat(score.actorsFound()).isEqualTo(new Ratio(1, 1));
    assertThat(score.actorStance()).isEqualTo(Ratio.none());
  }

  // --- report ---------------------------------------------------------------------------------

  @Test
  void reportSumsCountsOverDocumentsBeforeDividing() {
    GoldDocument first =
        new GoldDocument("one", "x", List.of(), List.of(direct("alpha one", null, null)));
    GoldDocument second =
        new GoldDocument(
            "two",
            "y",
            List.of(),
            List.of(direct("beta two", null, null), direct("gamma three", null, null)));
    DebateAnalyzer analyzer =
        document ->
            document.id().equals("one")
                ? predicted(direct("alpha one", null))
                : predicted(direct("unrelated words here", null));

    EvaluationReport report = evaluator.evaluate(analyzer, List.of(first, second));

    assertThat(report.documentCount()).isEqualTo(2);
    assertThat(report.direct()).isEqualTo(new ExtractionScore(1, 1, 2));
    assertThat(report.direct().precision()).isEqualTo(0.5);
    assertThat(report.direct().recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(report.documents())
        .extracting(DocumentScore::documentId)
        .containsExactly("one", "two");
    assertThat(report.mismatches()).anyMatch(line -> line.startsWith("two: MISSED_CLAIM DIRECT"));
  }

  @Test
  void emptyInputGivesZerosNotNaN() {
    EvaluationReport report = EvaluationReport.of(List.of());

    assertThat(report.direct().precision()).isZero();
    assertThat(report.direct().f1()).isZero();
    assertThat(report.attribution().value()).isZero();
    assertThat(report.stanceMacroF1()).isZero();
    assertThat(report.toText()).doesNotContain("NaN");
    assertThat(report.toJson()).doesNotContain("NaN");
  }

  @Test
  void jsonHasStableFieldNames() throws Exception {
    GoldDocument gold = gold(direct("wait for the audit", "Tobias Renn", CLOSED));
    EvaluationReport report =
        EvaluationReport.of(
            List.of(
                evaluator.score(
                    gold, predicted(claim(ClaimKind.DIRECT, "wait for the audit", "Renn", OPEN)))));

    JsonNode root = new ObjectMapper().readTree(report.toJson());

    assertThat(root.at("/documents").asInt()).isEqualTo(1);
    assertThat(root.at("/direct/precision").asDouble()).isEqualTo(1.0);
    assertThat(root.at("/direct/recall").isNumber()).isTrue();
    assertThat(root.at("/direct/f1").isNumber()).isTrue();
    assertThat(root.at("/indirect/f1").isNumber()).isTrue();
    assertThat(root.at("/attribution/accuracy").asDouble()).isEqualTo(1.0);
    assertThat(root.at("/attribution/total").asInt()).isEqualTo(1);
    assertThat(root.at("/stance/macroF1").isNumber()).isTrue();
    assertThat(root.at("/stance/endToEnd").asDouble()).isZero();
    assertThat(root.at("/stance/meanConfidence").asDouble()).isEqualTo(0.8);
    assertThat(root.at("/stance/accuracy").asDouble()).isZero();
    assertThat(root.at("/stance/calibrationError").asDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(root.at("/perDocument/0/stance/calibrationError").isNumber()).isTrue();
    assertThat(root.at("/stance/confusion/PRO_SAFETY_CLOSED/PRO_OPEN_SOURCE").asInt()).isEqualTo(1);
    assertThat(root.at("/actors/found").isNumber()).isTrue();
    assertThat(root.at("/actors/stanceAccuracy").isNumber()).isTrue();
    assertThat(root.at("/perDocument/0/document").asText()).isEqualTo("doc");
    assertThat(root.at("/perDocument/0/mismatches/0/type").asText()).isEqualTo("WRONG_STANCE");
  }

  @Test
  void textTableShowsEachMeasureWithItsCounts() {
    GoldDocument gold = gold(direct("wait for the audit", "Tobias Renn", CLOSED));
    EvaluationReport report =
        EvaluationReport.of(
            List.of(evaluator.score(gold, predicted(direct("wait for the audit", null)))));

    String text = report.toText();
    String verbose = report.toText(true);

    assertThat(text)
        .contains("direct precision         1.000                1 of 1 predicted")
        .contains(
            "attribution accuracy     0.000                0 of 1 matched claims with a gold speaker")
        .doesNotContain("bootstrap")
        .doesNotContain("WRONG_SPEAKER");
    assertThat(verbose)
        .contains("per document")
        .contains("WRONG_SPEAKER DIRECT \"wait for the audit\"");
  }
}
