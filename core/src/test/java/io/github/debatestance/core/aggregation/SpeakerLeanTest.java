package io.github.debatestance.core.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerLeanTest {

  private final SpeakerLean lean = SpeakerLean.defaults();

  private static Claim claim(String text, Stance label, double confidence) {
    return new Claim(
        "c" + text.length(),
        ClaimKind.DIRECT,
        text,
        new TextSpan(0, text.length()),
        null,
        null,
        new StanceAssessment(label, confidence, List.of()));
  }

  @Test
  void oneCertainClaimForASideGivesOddsOfThreeToOne() {
    Claim hesitant = claim("hesitant words", Stance.PRO_SAFETY_CLOSED, 0.5);
    Claim open = claim("certain words", Stance.PRO_OPEN_SOURCE, 1.0);
    Claim closed = claim("other words", Stance.PRO_SAFETY_CLOSED, 1.0);

    assertThat(lean.of(hesitant, List.of(hesitant, open))).isCloseTo(0.75, within(1e-9));
    assertThat(lean.of(hesitant, List.of(hesitant, closed))).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void aClaimAndItsRepeatDoNotVoteForThemselves() {
    Claim hesitant = claim("the same words", Stance.PRO_SAFETY_CLOSED, 0.9);
    Claim repeat = claim("the same words", Stance.PRO_SAFETY_CLOSED, 0.9);

    assertThat(lean.of(hesitant, List.of(hesitant))).isEqualTo(SpeakerLean.NONE);
    assertThat(lean.of(hesitant, List.of(hesitant, repeat))).isEqualTo(SpeakerLean.NONE);
  }

  @Test
  void neutralAndBalancedRecordsSayNothingOfASide() {
    Claim hesitant = claim("hesitant words", Stance.PRO_OPEN_SOURCE, 0.5);
    Claim fact = claim("a plain fact", Stance.NEUTRAL, 1.0);
    Claim open = claim("for openness", Stance.PRO_OPEN_SOURCE, 0.8);
    Claim closed = claim("for caution", Stance.PRO_SAFETY_CLOSED, 0.8);

    assertThat(lean.of(hesitant, List.of(hesitant, fact))).isEqualTo(SpeakerLean.NONE);
    assertThat(lean.of(hesitant, List.of(open, hesitant, closed)))
        .isCloseTo(SpeakerLean.NONE, within(1e-9));
  }

  @Test
  void aGuessWeighsNothing() {
    Claim hesitant = claim("hesitant words", Stance.PRO_OPEN_SOURCE, 0.5);
    Claim guess = claim("a guess", Stance.PRO_SAFETY_CLOSED, 1.0 / 3);

    assertThat(lean.of(hesitant, List.of(hesitant, guess))).isEqualTo(SpeakerLean.NONE);
  }

  @Test
  void thePseudoCountMustBePositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SpeakerLean(0.0))
        .withMessageContaining("pseudoCount=0.0");
  }
}
