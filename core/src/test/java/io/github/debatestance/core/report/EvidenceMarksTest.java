package io.github.debatestance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceMarksTest {

  @Test
  void marksWholeWordsInAnyCaseOnly() {
    assertThat(EvidenceMarks.mark("Openness is OPEN, open-minded", List.of("open"), "m"))
        .isEqualTo("Openness is <mark class=\"m\">OPEN</mark>, <mark class=\"m\">open</mark>-minded");
  }

  @Test
  void overlappingPhrasesBecomeOneMark() {
    assertThat(EvidenceMarks.mark("share open weights now", List.of("open weights", "weights now"), "m"))
        .isEqualTo("share <mark class=\"m\">open weights now</mark>");
  }

  @Test
  void textAroundAndInsideMarksIsEscaped() {
    assertThat(EvidenceMarks.mark("a <b> & \"open\" 'x'", List.of("\"open\""), "m"))
        .isEqualTo("a &lt;b&gt; &amp; <mark class=\"m\">&quot;open&quot;</mark> &#39;x&#39;");
  }

  @Test
  void phraseTheTextDoesNotHoldMarksNothing() {
    assertThat(EvidenceMarks.mark("models were released", List.of("release", " "), "m"))
        .isEqualTo("models were released");
  }

  @Test
  void phraseThatMatchesMarkupIsMarkedAsText() {
    assertThat(EvidenceMarks.mark("say <script> twice", List.of("<script>"), "m"))
        .isEqualTo("say <mark class=\"m\">&lt;script&gt;</mark> twice");
  }
}
