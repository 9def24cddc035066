package io.github.debatestance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import org.junit.jupiter.api.Test;

class CorpusStanceVoteTest {

  @Test
  void theLabelWithTheMostWeightWinsWithItsShareAsConfidence() {
    StanceAssessment a = new CorpusStanceVote(1.5, 0.5, 0.0).result();

    assertThat(a.label()).isEqualTo(Stance.PRO_OPEN_SOURCE);
    assertThat(a.confidence()).isCloseTo(0.75, within(1e-9));
    assertThat(a.evidence()).isEmpty();
  }

  @Test
  void weightNotCountDecidesTheVote() {
    // Two hesitant open claims lose to one confident closed claim.
    StanceAssessment a = new CorpusStanceVote(0.3 + 0.3, 0.9, 0.0).result();

    assertThat(a.label()).isEqualTo(Stance.PRO_SAFETY_CLOSED);
  }

  @Test
  void aBalancedRecordIsNeutral() {
    StanceAssessment a = new CorpusStanceVote(0.8, 0.8, 0.0).result();

    assertThat(a.label()).isEqualTo(Stance.NEUTRAL);
    assertThat(a.confidence()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aTieBetweenNeutralAndOneSideIsNeutral() {
    StanceAssessment a = new CorpusStanceVote(0.0, 0.6, 0.6).result();

    assertThat(a.label()).isEqualTo(Stance.NEUTRAL);
    assertThat(a.confidence()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void mostlyNeutralClaimsGiveNeutral() {
    StanceAssessment a = new CorpusStanceVote(0.5, 0.0, 1.5).result();

    assertThat(a.label()).isEqualTo(Stance.NEUTRAL);
    assertThat(a.confidence()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void anActorWithoutClaimsIsNeutralWithNoConfidence() {
    assertThat(new CorpusStanceVote(0, 0, 0).result()).isEqualTo(StanceAssessment.neutral(0.0));
  }

  @Test
  void negativeWeightsAreRejectedWithTheValues() {
    assertThatThrownBy(() -> new CorpusStanceVote(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open=-1.0");
  }
}
