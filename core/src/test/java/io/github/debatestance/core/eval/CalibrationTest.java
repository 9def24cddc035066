package io.github.debatestance.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The expected calibration error of labels with their confidences. */
class CalibrationTest {

  @Test
  void labelsRightAsOftenAsTheirConfidenceSaysHaveNoError() {
    Calibration exact = Calibration.empty().add(0.5, true).add(0.5, false);

    assertThat(exact.expectedError()).isZero();
  }

  @Test
  void theErrorIsTheGapBetweenConfidenceAndAccuracy() {
    Calibration c = Calibration.empty();
    for (int i = 0; i < 10; i++) {
      c = c.add(0.75, i < 6);
    }

    // Ten labels at 0.75, six of them right.
    assertThat(c.accuracy()).isCloseTo(0.6, within(1e-12));
    assertThat(c.expectedError()).isCloseTo(0.15, within(1e-12));
  }

  @Test
  void eachBinIsJudgedOnItsOwnAndWeightedByItsSize() {
    // Three labels at 0.95, all right (gap 0.05); one at 0.35, wrong (gap 0.35).
    Calibration c =
        Calibration.empty().add(0.95, true).add(0.95, true).add(0.95, true).add(0.35, false);

    assertThat(c.count()).isEqualTo(4);
    assertThat(c.meanConfidence()).isCloseTo(0.8, within(1e-12));
    assertThat(c.accuracy()).isEqualTo(0.75);
    assertThat(c.expectedError()).isCloseTo((3 * 0.05 + 0.35) / 4, within(1e-12));
  }

  @Test
  void overconfidenceInOneBinIsNotHiddenByUnderconfidenceInAnother() {
    // Pooled, mean confidence and accuracy are both 0.5; bin by bin, each is off by 0.9.
    Calibration c = Calibration.empty().add(0.9, false).add(0.1, true);

    assertThat(c.meanConfidence()).isCloseTo(c.accuracy(), within(1e-12));
    assertThat(c.expectedError()).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void pooledLabelsScoreAsIfAddedOneByOne() {
    Calibration a = Calibration.empty().add(0.95, true).add(0.62, false);
    Calibration b = Calibration.empty().add(1.0, true).add(0.0, false);

    assertThat(a.plus(b))
        .isEqualTo(
            Calibration.empty().add(0.95, true).add(0.62, false).add(1.0, true).add(0.0, false));
    assertThat(a.plus(Calibration.empty())).isEqualTo(a);
  }

  @Test
  void noLabelsScoreZeroNotNaN() {
    Calibration none = Calibration.empty();

    assertThat(none.count()).isZero();
    assertThat(none.meanConfidence()).isZero();
    assertThat(none.accuracy()).isZero();
    assertThat(none.expectedError()).isZero();
  }

  @Test
  void aConfidenceOutsideZeroToOneIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Calibration.empty().add(1.2, true))
        .withMessageContaining("confidence must lie in [0, 1]");
    assertThatIllegalArgumentException().isThrownBy(() -> Calibration.empty().add(-0.1, true));
  }
}
