package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.debatestance.core.model.Stance;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cross-validated quality of the built-in training set: how well a model trained on part of it
 * labels the rest. The floor guards against a change to the features, the trainer or the data that
 * makes the model generalise worse; it is set a little under the measured figure.
 */
class TrainingSetCrossValidationTest {

  @Test
  void fiveFoldMacroF1OnTheBuiltInTrainingSetStaysAboveItsFloor() {
    DebateDefinition debate = DebateDefinition.openSourceAi();
    CrossValidation.Result result =
        CrossValidation.run(debate, debate.trainingStatements(), 5, StanceTrainer.defaults());
    Map<Stance, Long> sizes =
        debate.trainingStatements().stream()
            .collect(Collectors.groupingBy(LabelledStatement::label, Collectors.counting()));
    System.out.println("training set: " + sizes);
    System.out.print(result.toText());

    assertThat(result.statements()).isEqualTo(debate.trainingStatements().size());
    // Measured: 0.824.
    assertThat(result.macroF1()).isGreaterThanOrEqualTo(0.815);
    // Calibration: the mean confidence stays near the accuracy it claims, overall and bin by bin
    // (measured: a gap of 0.004 and an expected calibration error of 0.020).
    assertThat(Math.abs(result.meanConfidence() - result.accuracy())).isLessThan(0.03);
    assertThat(result.calibrationError()).isLessThan(0.04);
    // Each statement's held-out reading is kept, in order, and agrees with the figures.
    assertThat(result.heldOut()).hasSize(result.statements());
    long right = 0;
    for (int i = 0; i < result.heldOut().size(); i++) {
      CrossValidation.HeldOut h = result.heldOut().get(i);
      assertThat(h.statement()).isEqualTo(debate.trainingStatements().get(i));
      assertThat(h.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, within(1e-9));
      right += h.predicted() == h.statement().label() ? 1 : 0;
    }
    assertThat((double) right / result.statements()).isEqualTo(result.accuracy());
  }
}
