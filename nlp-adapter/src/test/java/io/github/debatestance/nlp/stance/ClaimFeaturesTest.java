package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimFeaturesTest {

  // Without word vectors: these tests check the reading of words, and need no models.
  private static final ClaimFeatures FEATURES =
      ClaimFeatures.of(DebateDefinition.openSourceAi(), WordVectors.none());

  private static boolean flag(ClaimFeatures.Reading r, boolean[] flags, String word) {
    List<StanceTokens.Token> tokens = r.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).lower().equals(word)) {
        return flags[i];
      }
    }
    throw new AssertionError("no token " + word);
  }

  @Test
  void theReadingCarriesTheMarkersOfTheClaimInOrder() {
    ClaimFeatures.Reading r = FEATURES.read("While labs may publish, they should not wait.");

    assertThat(r.markers())
        .extracting(TermSet.Match::value)
        .containsExactly(
            StanceLanguage.Marker.CONCEDE,
            StanceLanguage.Marker.HEDGE,
            StanceLanguage.Marker.DEONTIC,
            StanceLanguage.Marker.NEGATION);
    assertThat(r.markers()).extracting(TermSet.Match::begin).containsExactly(0, 2, 6, 7);
  }

  @Test
  void negationReachesTheWordsAfterItButNotBefore() {
    ClaimFeatures.Reading r = FEATURES.read("Open weights are not the danger; control is.");

    assertThat(flag(r, r.negated(), "danger")).isTrue();
    assertThat(flag(r, r.negated(), "open")).isFalse();
    assertThat(flag(r, r.negated(), "control")).isFalse();
  }

  @Test
  void aNegatedCueCountsForTheOtherSide() {
    FeatureVector v = FEATURES.extract("Open weights are not the danger.");

    assertThat(v.value("cue-m:A")).isEqualTo(1.0);
    assertThat(v.value("cue-m:B")).isZero();
    assertThat(v.values()).containsKey("w:~danger");
  }

  @Test
  void aLeadingWhileClauseIsConcededAndTheMainClauseIsNot() {
    ClaimFeatures.Reading r =
        FEATURES.read("While open models carry some risk, the benefits outweigh it.");

    assertThat(flag(r, r.conceded(), "risk")).isTrue();
    assertThat(flag(r, r.conceded(), "benefits")).isFalse();
  }

  @Test
  void yetConcedesWhatComesBeforeItOnlyWhereItOpensAClause() {
    ClaimFeatures.Reading conjunction =
        FEATURES.read("Open models carry some risk, yet the benefits outweigh it.");
    ClaimFeatures.Reading adverb =
        FEATURES.read("Publication will become reckless, and nobody can yet say when.");

    assertThat(flag(conjunction, conjunction.conceded(), "risk")).isTrue();
    assertThat(flag(conjunction, conjunction.conceded(), "benefits")).isFalse();
    assertThat(flag(adverb, adverb.conceded(), "reckless")).isFalse();
  }

  @Test
  void whatComesBeforeButIsConceded() {
    FeatureVector v = FEATURES.extract("Misuse is possible, but secrecy is the bigger danger.");

    assertThat(v.value("cue-c:B")).isEqualTo(1.0);
    assertThat(v.value("cue-m:A")).isEqualTo(1.0);
    assertThat(v.value("concession")).isEqualTo(1.0);
    assertThat(v.value("w:misus")).isEqualTo(ClaimFeatures.CONCEDED_WEIGHT);
  }

  @Test
  void aSentenceOpeningWithButConcedesTheSentenceBefore() {
    ClaimFeatures.Reading r = FEATURES.read("There are risks. But the code must be public.");

    assertThat(flag(r, r.conceded(), "risks")).isTrue();
    assertThat(flag(r, r.conceded(), "public")).isFalse();
  }

  @Test
  void aQuestionIsMarkedAndItsTermsGetQuestionFeatures() {
    FeatureVector v = FEATURES.extract("Why should a handful of firms decide for everyone?");

    assertThat(v.value("question")).isEqualTo(1.0);
    assertThat(v.value("cue-q:A")).isEqualTo(1.0);
  }

  @Test
  void praiseOfATargetSupportsItsSideAndCriticismTheOtherSide() {
    assertThat(FEATURES.extract("Transparency is essential.").value("eval-m:A")).isEqualTo(1.0);
    assertThat(FEATURES.extract("Releasing the weights was a mistake.").value("eval-m:B"))
        .isEqualTo(1.0);
  }

  @Test
  void dismissingACueSupportsTheOtherSide() {
    assertThat(FEATURES.extract("The misuse argument is overstated.").value("eval-m:A"))
        .isEqualTo(1.0);
  }

  @Test
  void hedgesAndObligationsAreFeatures() {
    FeatureVector v = FEATURES.extract("Labs should perhaps wait.");

    assertThat(v.value("hedge")).isEqualTo(1.0);
    assertThat(v.value("deontic")).isEqualTo(1.0);
  }

  @Test
  void stemsJoinTheFormsOfAWord() {
    assertThat(StanceTokens.stem("released"))
        .isEqualTo(StanceTokens.stem("releases"))
        .isEqualTo(StanceTokens.stem("releasing"))
        .isEqualTo(StanceTokens.stem("release"));
    assertThat(StanceTokens.stem("weights")).isEqualTo("weight");
  }

  @Test
  void hyphenatedWordsReadAsTheirParts() {
    // The hyphenated target is found, and being only named, is judged by nothing.
    assertThat(FEATURES.extract("open-weight models").value("unjudged")).isEqualTo(1.0);
    assertThat(FEATURES.extract("open weight models").value("unjudged")).isEqualTo(1.0);
  }

  @Test
  void aNegationThatBelongsToAnIrreversibilityCueDoesNotTurnIt() {
    FeatureVector v = FEATURES.extract("Once it is released, there is no undoing it.");

    assertThat(v.value("cue-m:B")).isEqualTo(1.0);
    assertThat(v.value("cue-m:A")).isZero();
  }

  @Test
  void aDemandForEvidenceDisputesWhatTheViewItNamesSays() {
    FeatureVector v = FEATURES.extract("Show me evidence that closed models are safer.");

    // The view praises a closed target; disputing it argues for openness.
    assertThat(v.value("challenge")).isEqualTo(1.0);
    assertThat(v.value("eval-m:A")).isEqualTo(1.0);
    assertThat(v.value("eval-m:B")).isZero();
  }

  @Test
  void rejectingTheIdeaOfAViewDisputesItWithoutJudgingItsTermsAgain() {
    FeatureVector v = FEATURES.extract("We reject the notion that open release is reckless.");

    assertThat(v.value("challenge")).isEqualTo(1.0);
    assertThat(v.value("cue-m:A")).isEqualTo(1.0);
    assertThat(v.value("cue-m:B")).isZero();
  }

  @Test
  void aViewNamedAsSuchIsReadApartFromTheSpeakersOwnWords() {
    ClaimFeatures.Reading r = FEATURES.read("The idea that open release is reckless keeps coming back.");
    FeatureVector v = FEATURES.extract("The idea that open release is reckless keeps coming back.");

    assertThat(flag(r, r.viewed(), "reckless")).isTrue();
    assertThat(v.value("view")).isEqualTo(1.0);
    assertThat(v.value("cue-v:B")).isEqualTo(1.0);
    assertThat(v.value("cue-m:B")).isZero();
  }

  @Test
  void aViewThatADemandForEvidenceDisputesIsReadAsDisputedOnly() {
    FeatureVector v = FEATURES.extract("Show me evidence for the claim that open release is reckless.");

    assertThat(v.value("challenge")).isEqualTo(1.0);
    assertThat(v.value("view")).isZero();
  }

  @Test
  void aWithheldVerdictWeakensTheWordsOfItsSentenceOnly() {
    String claim = "The board has not made up its mind on open weights. Secrecy is the risk.";
    ClaimFeatures.Reading r = FEATURES.read(claim);
    FeatureVector v = FEATURES.extract(claim);

    assertThat(flag(r, r.withheld(), "weights")).isTrue();
    assertThat(flag(r, r.withheld(), "secrecy")).isFalse();
    assertThat(v.value("withheld")).isEqualTo(1.0);
    assertThat(v.value("w:weight")).isCloseTo(ClaimFeatures.CONCEDED_WEIGHT, offset(1e-9));
    assertThat(v.value("w:secrecy")).isEqualTo(1.0);
  }

  @Test
  void aVerdictReachedIsNotWithheld() {
    ClaimFeatures.Reading r = FEATURES.read("We have made up our minds: open weights are a public good.");

    assertThat(flag(r, r.withheld(), "weights")).isFalse();
    assertThat(FEATURES.extract("We have made up our minds.").value("withheld")).isZero();
  }

  @Test
  void wordAndWordPairFeaturesAreToldApartFromTheReadingsFeatures() {
    FeatureVector v = FEATURES.extract("Open weights are not the danger.");

    assertThat(v.values().keySet().stream().filter(ClaimFeatures::isWordFeature))
        .contains("w:open", "b:open_weight")
        .allMatch(k -> k.startsWith("w:") || k.startsWith("b:"));
    assertThat(ClaimFeatures.isWordFeature("cue-m:A")).isFalse();
    assertThat(ClaimFeatures.isWordFeature("bias")).isFalse();
  }

  @Test
  void aReconciliationNamesTheSidesItJoinsAndItsNotIsNoNegation() {
    FeatureVector v = FEATURES.extract("Openness and testing are not in conflict.");

    assertThat(v.value("reconcile")).isEqualTo(1.0);
    assertThat(v.value("reconcile:AB")).isEqualTo(1.0);
    assertThat(v.value("negation")).isZero();
  }

  @Test
  void anObligationBearsOnWhatItDemandsNotOnWhatComesBeforeIt() {
    FeatureVector v =
        FEATURES.extract("Developers who release weights ought to face strict testing.");

    assertThat(v.value("eval-m:B")).isEqualTo(1.0);
    assertThat(v.value("eval-m:A")).isZero();
  }

  @Test
  void targetsNamedWithoutJudgementOrCueMarkAReport() {
    assertThat(FEATURES.extract("The weights were published on Monday.").value("unjudged"))
        .isEqualTo(1.0);
    assertThat(FEATURES.extract("Publishing the weights is essential.").value("unjudged")).isZero();
  }

  @Test
  void minimisingACueDismissesIt() {
    assertThat(FEATURES.extract("The real risk is smaller than critics claim.").value("eval-m:A"))
        .isEqualTo(1.0);
  }

  @Test
  void bothPolesNamedAsInterchangeableGiveTheSentencesCuesAFeatureOfTheirOwn() {
    FeatureVector either = FEATURES.extract("Open or closed, a cartel of vendors is what worries us.");
    FeatureVector both = FEATURES.extract("Both open and proprietary systems carry a risk of misuse.");
    FeatureVector alike = FEATURES.extract("Open and closed labs alike face the same danger.");
    FeatureVector plain = FEATURES.extract("A cartel of closed vendors is what worries us.");

    assertThat(either.value("indifferent")).isEqualTo(1.0);
    assertThat(either.value("cue-i:A")).isEqualTo(1.0);
    assertThat(either.value("cue-m:A")).isZero();
    assertThat(both.value("indifferent")).isEqualTo(1.0);
    assertThat(both.value("cue-i:B")).isEqualTo(2.0);
    assertThat(alike.value("cue-i:B")).isEqualTo(1.0);
    assertThat(plain.value("indifferent")).isZero();
    assertThat(plain.value("cue-m:A")).isEqualTo(1.0);
  }

  @Test
  void polesThatAreNotOfferedAsAlternativesAreNotInterchangeable() {
    assertThat(FEATURES.extract("Open models beat closed ones or nothing does.").value("indifferent"))
        .isZero();
    assertThat(FEATURES.extract("Open weights, or closed ones? Closed.").value("indifferent"))
        .isZero();
  }

  @Test
  void theWordVectorsOfTheContentWordsBecomeDenseFeatures() {
    WordVectors vectors =
        WordVectors.of(Map.of("monopoly", new float[] {3, 4}, "duopoly", new float[] {0, 2}));
    ClaimFeatures reader = ClaimFeatures.of(DebateDefinition.openSourceAi(), vectors);

    FeatureVector one = reader.extract("A monopoly, again.");
    FeatureVector two = reader.extract("the monopoly and the duopoly");

    // "monopoly" has the unit vector (0.6, 0.8); "again" has none and "the" is a stopword.
    assertThat(one.value("vec:0")).isCloseTo(ClaimFeatures.VECTOR_WEIGHT * 0.6, offset(1e-6));
    assertThat(one.value("vec:1")).isCloseTo(ClaimFeatures.VECTOR_WEIGHT * 0.8, offset(1e-6));
    assertThat(two.value("vec:1"))
        .isCloseTo(ClaimFeatures.VECTOR_WEIGHT * (0.8 + 1.0) / Math.sqrt(2), offset(1e-6));
    assertThat(FEATURES.extract("A monopoly, again.").values()).doesNotContainKey("vec:0");
  }
}
