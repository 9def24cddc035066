package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.StanceAssessment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in debate ships its trained model, so that an analyzer loads it in a moment instead of
 * training one. The shipped model must be the one its statements give today: when the statements,
 * the lexicons, the features or the trainer change, this test fails until the model is saved again
 * with
 *
 * <pre>
 * java -jar examples/target/debate-stance.jar train \
 *   --data nlp-adapter/src/main/resources/io/github/debatestance/nlp/debates/open-source-ai/training.jsonl \
 *   --out nlp-adapter/src/main/resources/io/github/debatestance/nlp/debates/open-source-ai/model.tsv
 * </pre>
 */
class ShippedModelTest {

  @Test
  void theShippedModelIsTheModelItsStatementsTrain() {
    DebateDefinition debate = DebateDefinition.openSourceAi();
    StanceModel shipped = StanceModel.forDebate(debate);
    StanceModel trained = StanceModel.train(debate);

    assertThat(shipped.featureCount()).as("features").isEqualTo(trained.featureCount());
    assertThat(shipped.temperature()).as("temperature").isEqualTo(trained.temperature());
    List<String> differences = new ArrayList<>();
    for (LabelledStatement s : debate.trainingStatements()) {
      StanceAssessment a = shipped.classify(s.text());
      StanceAssessment b = trained.classify(s.text());
      if (!a.equals(b)) {
        differences.add(s.text() + ": shipped " + a + ", trained " + b);
      }
    }
    assertThat(differences).as("statements the shipped and the trained model read apart").isEmpty();
  }

  @Test
  void aDebateThatShipsNoModelIsTrained() {
    DebateDefinition nuclear =
        DebateDefinition.fromResources("/io/github/debatestance/nlp/debates/nuclear-power/");

    StanceModel model = StanceModel.forDebate(nuclear);

    assertThat(model.debate()).isSameAs(nuclear);
    assertThat(model.featureCount()).isEqualTo(StanceModel.train(nuclear).featureCount());
  }
}
