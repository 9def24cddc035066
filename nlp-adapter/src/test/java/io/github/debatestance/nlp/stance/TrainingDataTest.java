package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.core.model.Stance;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

  private static final DebateDefinition DEBATE = DebateDefinition.openSourceAi();

  @Test
  void readsStatementsAndSkipsBlankLines() throws Exception {
    String jsonl =
        "{\"text\": \"Share the weights.\", \"label\": \"PRO_OPEN_SOURCE\"}\n\n"
            + "{\"text\": \"Hold it back.\", \"label\": \"PRO_SAFETY_CLOSED\"}\n";

    assertThat(TrainingData.read(new StringReader(jsonl), "t.jsonl", DEBATE))
        .containsExactly(
            new LabelledStatement("Share the weights.", Stance.PRO_OPEN_SOURCE),
            new LabelledStatement("Hold it back.", Stance.PRO_SAFETY_CLOSED));
  }

  @Test
  void anUnknownLabelIsNamedWithFileAndLine() {
    String jsonl =
        "{\"text\": \"a\", \"label\": \"NEUTRAL\"}\n{\"text\": \"b\", \"label\": \"PRO_X\"}\n";

    assertThatThrownBy(() -> TrainingData.read(new StringReader(jsonl), "t.jsonl", DEBATE))
        .isInstanceOf(TrainingDataException.class)
        .hasMessage(
            "t.jsonl:2: unknown label \"PRO_X\"; expected one of PRO_OPEN_SOURCE,"
                + " PRO_SAFETY_CLOSED, NEUTRAL");
  }

  @Test
  void aLineThatIsNotJsonIsNamedWithFileAndLine() {
    assertThatThrownBy(() -> TrainingData.read(new StringReader("{oops\n"), "t.jsonl", DEBATE))
        .isInstanceOf(TrainingDataException.class)
        .hasMessageStartingWith("t.jsonl:1: not a JSON object");
  }

  @Test
  void aMissingTextIsRefused() {
    assertThatThrownBy(
            () ->
                TrainingData.read(
                    new StringReader("{\"label\": \"NEUTRAL\"}\n"), "t.jsonl", DEBATE))
        .hasMessage("t.jsonl:1: \"text\" must be a non-empty string");
  }

  @Test
  void theBuiltInTrainingSetIsBalancedAndLargeEnough() {
    assertThat(DEBATE.trainingStatements()).hasSizeGreaterThanOrEqualTo(1300);
    for (Stance s : Stance.values()) {
      long n = DEBATE.trainingStatements().stream().filter(x -> x.label() == s).count();
      assertThat(n).as(s.name()).isGreaterThanOrEqualTo(400);
    }
  }
}
