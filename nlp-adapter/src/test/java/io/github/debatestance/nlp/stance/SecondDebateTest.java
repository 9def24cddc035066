package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Stance;
import org.junit.jupiter.api.Test;

/** A debate on nuclear power, defined in test resources: new data, no new code. */
class SecondDebateTest {

  private static final DebateDefinition NUCLEAR =
      DebateDefinition.fromResources("/io/github/debatestance/nlp/debates/nuclear-power/");

  @Test
  void theDefinitionNamesItsOwnSides() {
    assertThat(NUCLEAR.id()).isEqualTo("nuclear-power");
    assertThat(NUCLEAR.labels()).containsExactly("PRO_NUCLEAR", "ANTI_NUCLEAR", "NEUTRAL");
    assertThat(NUCLEAR.stanceOf("ANTI_NUCLEAR")).contains(Stance.PRO_SAFETY_CLOSED);
    assertThat(NUCLEAR.stanceOf("PRO_OPEN_SOURCE")).isEmpty();
    assertThat(NUCLEAR.trainingStatements()).hasSize(45);
  }

  @Test
  void aModelTrainedOnItLabelsClaimsAlongItsAxis() {
    StanceModel model = StanceModel.train(NUCLEAR);

    assertThat(NUCLEAR.label(model.classify("We need more reactors to cut emissions.").label()))
        .isEqualTo("PRO_NUCLEAR");
    assertThat(
            NUCLEAR.label(
                model.classify("The radioactive waste problem means the plants should close.")
                    .label()))
        .isEqualTo("ANTI_NUCLEAR");
    assertThat(NUCLEAR.label(model.classify("The plant opened in 1981.").label()))
        .isEqualTo("NEUTRAL");
  }
}
