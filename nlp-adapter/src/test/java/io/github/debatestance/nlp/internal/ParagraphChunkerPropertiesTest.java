package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.nlp.AwkwardText;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ParagraphChunkerPropertiesTest {

  @Provide
  Arbitrary<String> awkward() {
    return AwkwardText.text(0, 300);
  }

  @Property(tries = 1000)
  void chunksCoverTheTextInOrderWithoutGapsAndWithinTheSize(
      @ForAll("awkward") String text, @ForAll @IntRange(min = 2, max = 400) int size) {
    List<TextChunk> chunks = new ParagraphChunker(size).split(text);

    assertThat(chunks.get(0).begin()).isZero();
    assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
    for (int i = 0; i < chunks.size(); i++) {
      TextChunk c = chunks.get(i);
      assertThat(c.length()).isLessThanOrEqualTo(size);
      if (i > 0) {
        assertThat(c.begin()).isEqualTo(chunks.get(i - 1).end());
        assertThat(c.length()).isPositive();
        // Never half a character at either side of a cut.
        assertThat(
                Character.isHighSurrogate(text.charAt(c.begin() - 1))
                    && Character.isLowSurrogate(text.charAt(c.begin())))
            .isFalse();
      }
    }
  }

  @Example
  void shortTextIsOneChunk() {
    assertThat(new ParagraphChunker(100).split("One paragraph.\n\nTwo."))
        .containsExactly(new TextChunk(0, 20));
  }

  @Example
  void emptyTextIsOneEmptyChunk() {
    assertThat(new ParagraphChunker(100).split("")).containsExactly(new TextChunk(0, 0));
  }

  @Example
  void cutsAfterTheLastParagraphBreakThatFits() {
    String text = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";
    List<TextChunk> chunks = new ParagraphChunker(40).split(text);
    assertThat(chunks).extracting(c -> text.substring(c.begin(), c.end()))
        .containsExactly("First paragraph.\n\nSecond paragraph.\n\n", "Third paragraph.");
  }

  @Example
  void aParagraphLongerThanAChunkIsCutAfterASentenceThenAtASpace() {
    String text = "One two three. Four five six seven eight";
    List<TextChunk> chunks = new ParagraphChunker(20).split(text);
    assertThat(chunks).extracting(c -> text.substring(c.begin(), c.end()))
        .containsExactly("One two three. ", "Four five six seven ", "eight");
  }

  @Example
  void aSurrogatePairIsNeverSplit() {
    String text = "ab\uD83D\uDE00cd";
    assertThat(new ParagraphChunker(3).split(text))
        .containsExactly(new TextChunk(0, 2), new TextChunk(2, 5), new TextChunk(5, 6));
  }

  @Example
  void aChunkSizeUnderTwoIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new ParagraphChunker(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChunkChars=1");
  }
}
