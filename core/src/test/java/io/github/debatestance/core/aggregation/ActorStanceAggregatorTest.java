package io.github.debatestance.core.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorStanceAggregatorTest {

  private final ActorStanceAggregator aggregator = ActorStanceAggregator.defaults();

  private static List<Claim> claims(Stance... labels) {
    List<Claim> claims = new ArrayList<>();
    for (Stance label : labels) {
      String text = "claim " + claims.size();
      claims.add(
          new Claim(
              "c" + claims.size(),
              ClaimKind.DIRECT,
              text,
              new TextSpan(0, text.length()),
              null,
              null,
              new StanceAssessment(label, 0.8, List.of(label.name().toLowerCase()))));
    }
    return claims;
  }

  @Test
  void emptyRecordIsNeutral() {
    assertThat(aggregator.aggregate(List.of()).label()).isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void balancedRecordIsNeutral() {
    assertThat(
            aggregator
                .aggregate(claims(Stance.PRO_SAFETY_CLOSED, Stance.PRO_OPEN_SOURCE))
                .label())
        .isNotEqualTo(Stance.PRO_SAFETY_CLOSED);
    assertThat(
            new ActorStanceAggregator(1.0, 0.2)
                .aggregate(claims(Stance.PRO_SAFETY_CLOSED, Stance.PRO_OPEN_SOURCE))
                .label())
        .isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void majoritySideWinsWithItsEvidence() {
    StanceAssessment a =
        aggregator.aggregate(
            claims(Stance.PRO_OPEN_SOURCE, Stance.NEUTRAL, Stance.PRO_OPEN_SOURCE));
    assertThat(a.label()).isEqualTo(Stance.PRO_OPEN_SOURCE);
    assertThat(a.evidence()).containsExactly("pro_open_source");
    assertThat(a.confidence()).isBetween(0.0, 0.8);
  }

  @Test
  void speakerWhoChangesPositionEndsWhereTheLastClaimsStand() {
    StanceAssessment a =
        aggregator.aggregate(claims(Stance.PRO_OPEN_SOURCE, Stance.PRO_SAFETY_CLOSED));
    assertThat(a.label()).isEqualTo(Stance.PRO_SAFETY_CLOSED);
  }

  @Test
  void hesitantLaterClaimDoesNotCancelACertainEarlierOne() {
    List<Claim> claims =
        List.of(
            claim(0, Stance.PRO_SAFETY_CLOSED, 0.95), claim(1, Stance.PRO_OPEN_SOURCE, 0.45));
    assertThat(aggregator.aggregate(claims).label()).isEqualTo(Stance.PRO_SAFETY_CLOSED);
  }

  @Test
  void claimsNoSurerThanChanceLeaveTheRecordNeutral() {
    List<Claim> claims =
        List.of(claim(0, Stance.PRO_OPEN_SOURCE, 0.33), claim(1, Stance.PRO_OPEN_SOURCE, 0.3));
    assertThat(aggregator.aggregate(claims).label()).isEqualTo(Stance.NEUTRAL);
  }

  private static Claim claim(int index, Stance label, double confidence) {
    String text = "claim " + index;
    return new Claim(
        "c" + index,
        ClaimKind.DIRECT,
        text,
        new TextSpan(0, text.length()),
        null,
        null,
        new StanceAssessment(label, confidence, List.of(label.name().toLowerCase())));
  }

  @Test
  void oneClaimCannotBeSurerThanItself() {
    assertThat(aggregator.aggregate(claims(Stance.PRO_OPEN_SOURCE)).confidence())
        .isLessThanOrEqualTo(0.8);
  }

  @Test
  void settingsAreValidated() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ActorStanceAggregator(0.5, 0.2))
        .withMessageContaining("recencyGain=0.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ActorStanceAggregator(2.0, 1.0))
        .withMessageContaining("margin=1.0");
  }
}
