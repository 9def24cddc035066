package io.github.debatestance.nlp.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.debatestance.core.model.RelationType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The relation cue lexicon and how a verb and the words after it are matched, without models. */
class RelationCuesTest {

  private static final RelationCues SHIPPED =
      RelationCues.of(Lexicon.load("/io/github/debatestance/nlp/relation-cues.tsv"));

  private static IntFunction<String> after(String... lemmas) {
    List<String> words = List.of(lemmas);
    return k -> k <= words.size() ? words.get(k - 1) : null;
  }

  @Test
  void theShippedLexiconCoversEachFamily() {
    assertThat(SHIPPED.match("back", after("Osei")).cue().type()).isEqualTo(RelationType.SUPPORTS);
    assertThat(SHIPPED.match("criticize", after()).cue().type()).isEqualTo(RelationType.OPPOSES);
    assertThat(SHIPPED.match("respond", after("to")).cue().type())
        .isEqualTo(RelationType.RESPONDS_TO);
    assertThat(SHIPPED.match("respond", after()).cue().answers()).isTrue();
    assertThat(SHIPPED.match("reject", after()).cue().answers()).isFalse();
  }

  @Test
  void aTwoWordCueNeedsItsSecondWordWithinThreeWords() {
    RelationCues.Match hit = SHIPPED.match("hit", after("back", "at"));
    assertThat(hit.cue().type()).isEqualTo(RelationType.OPPOSES);
    assertThat(hit.followerOffset()).isEqualTo(1);
    assertThat(hit.cue().targetRelations()).contains("obl:at");

    assertThat(SHIPPED.match("take", after("direct", "aim", "at")).followerOffset()).isEqualTo(2);
    assertThat(SHIPPED.match("take", after("a", "long", "hard", "aim"))).isNull();
    assertThat(SHIPPED.match("hit", after("the", "road"))).isNull();
  }

  @Test
  void aCueWithARequiredDependentSaysSo() {
    assertThat(SHIPPED.match("join", after("Osei", "in")).cue().needs()).isEqualTo("obl:in");
  }

  @Test
  void verbsThatAreNoCueAreNotMatched() {
    assertThat(SHIPPED.match("meet", after("Osei"))).isNull();
    assertThat(SHIPPED.match("say", after("that"))).isNull();
  }

  @Test
  void aMalformedLineIsRefusedWithItsCue() throws IOException {
    Lexicon unknown = read("back\tADORES\tobj\n");
    Lexicon noPlace = read("back\tSUPPORTS\n");
    Lexicon badOption = read("back\tSUPPORTS\tobj\tsometimes\n");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> RelationCues.of(unknown))
        .withMessage("unknown relation for cue 'back': ADORES");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RelationCues.of(noPlace))
        .withMessageContaining("back");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RelationCues.of(badOption))
        .withMessage("unknown option for cue 'back': sometimes");
  }

  private static Lexicon read(String text) throws IOException {
    return Lexicon.read(new ByteArrayInputStream(text.getBytes(UTF_8)));
  }
}
