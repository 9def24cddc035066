package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The points of the debate a text mentions: its target terms, without training a model. */
class DebateDefinitionTargetsTest {

  private static final DebateDefinition DEBATE = DebateDefinition.openSourceAi();

  @Test
  void targetTermsMapToTheWordsOfTheTextInOrder() {
    String text = "Open-weight releases let researchers audit the safety of a model.";
    assertThat(DEBATE.targetsIn(text))
        .containsExactly(
            entry("open weights", "Open-weight"),
            entry("release", "releases"),
            entry("researchers", "researchers"),
            entry("audit", "audit"),
            entry("safety", "safety"));
  }

  @Test
  void cueWordsAreNoPoint() {
    assertThat(DEBATE.targetsIn("A cartel of incumbents hoards the technology.")).isEmpty();
  }

  @Test
  void everydayPhrasesThatHoldATermsWordsAreNoPoint() {
    assertThat(DEBATE.targetsIn("The press release called it an open question.")).isEmpty();
    assertThat(DEBATE.targetsIn("An open letter asks for open weights."))
        .containsExactly(entry("open weights", "open weights"));
  }
}
