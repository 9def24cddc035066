package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The features that the stance model reads from a claim's dependency parse. The parse comes from
 * the shared annotator, which loads once per test JVM.
 */
class ClaimSyntaxFeaturesTest {

  private static final ClaimFeatures PARSED =
      ClaimFeatures.of(DebateDefinition.openSourceAi(), WordVectors.none(), ClaimParser.coreNlp());

  private static final ClaimFeatures UNPARSED =
      ClaimFeatures.of(DebateDefinition.openSourceAi(), WordVectors.none());

  private static int index(List<StanceTokens.Token> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).lower().equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }

  @Test
  void theTreeIsLaidOverTheClaimsTokensAndAContractionHangsFromItsVerb() {
    ClaimFeatures.Reading r = PARSED.read("We don't think open-weight models are reckless.");
    List<StanceTokens.Token> tokens = r.tokens();
    ClaimSyntax s = r.syntax();

    assertThat(s.parsed()).isTrue();
    assertThat(s.head(index(tokens, "open"))).isEqualTo(index(tokens, "weight"));
    assertThat(s.relation(index(tokens, "models"))).isEqualTo("nsubj");
    assertThat(s.head(index(tokens, "think"))).isEqualTo(-1);
    assertThat(s.head(index(tokens, "don't"))).isEqualTo(index(tokens, "think"));
  }

  @Test
  void withoutAParseEveryTokenIsARootAndNoTreeFeatureIsRead() {
    ClaimFeatures.Reading r = UNPARSED.read("Releasing our code was the right call.");
    FeatureVector v = UNPARSED.extract("Releasing our code was the right call.");

    assertThat(r.syntax().parsed()).isFalse();
    assertThat(r.syntax().head(0)).isEqualTo(-1);
    assertThat(v.values().keySet()).noneMatch(k -> k.startsWith("pa:") || k.startsWith("evs-"));
  }

  @Test
  void aNegationInTheTreeReachesWhatItNegatesButNotTheRestOfTheClause() {
    // In the words after it a window would reach "mistake" too, and turn the criticism to praise.
    ClaimFeatures.Reading r = PARSED.read("Not releasing the weights would be a mistake.");

    assertThat(r.negated()[index(r.tokens(), "releasing")]).isTrue();
    assertThat(r.negated()[index(r.tokens(), "weights")]).isTrue();
    assertThat(r.negated()[index(r.tokens(), "mistake")]).isFalse();
    assertThat(PARSED.extract("Not releasing the weights would be a mistake.").value("evs-m:A"))
        .isEqualTo(1.0);
  }

  @Test
  void theSubjectOfANegatedPredicateStaysOutsideTheNegation() {
    ClaimFeatures.Reading r = PARSED.read("The labs that publish weights are not reckless.");

    assertThat(r.negated()[index(r.tokens(), "reckless")]).isTrue();
    assertThat(r.negated()[index(r.tokens(), "publish")]).isFalse();
  }

  @Test
  void noBeforeTheSubjectNegatesItsWholeClause() {
    String claim = "No open model has ever caused a catastrophe.";
    ClaimFeatures.Reading r = PARSED.read(claim);

    assertThat(r.negated()[index(r.tokens(), "model")]).isTrue();
    assertThat(r.negated()[index(r.tokens(), "catastrophe")]).isTrue();
    assertThat(PARSED.extract(claim).value("cue-m:A")).isEqualTo(1.0);
  }

  @Test
  void aTermIsReadWithTheWordItDependsOnAndAnEvaluativeWordThatModifiesIt() {
    FeatureVector v = PARSED.extract("Releasing our code was the right call.");

    assertThat(v.value("pa:call:A")).isEqualTo(1.0);
    assertThat(v.value("evs-m:A")).isEqualTo(1.0);
  }

  @Test
  void aModalIsReadWithItsPredicatesNegationAndTheSideOfTheTerm() {
    FeatureVector v = PARSED.extract("Labs should not release the weights.");

    assertThat(v.value("pm:~should:~A")).isEqualTo(1.0);
    assertThat(v.value("pa:^:~A")).isEqualTo(1.0);
  }

  @Test
  void aRememberingReaderReadsAsThePlainOne() {
    String claim = "Publishing everything is reckless, although the community disagrees.";
    ClaimFeatures remembering = PARSED.remembering();

    assertThat(remembering.extract(claim).values()).isEqualTo(PARSED.extract(claim).values());
    assertThat(remembering.extract(claim)).isSameAs(remembering.extract(claim));
    assertThat(remembering.forgetful().extract(claim)).isNotSameAs(PARSED.extract(claim));
  }
}
