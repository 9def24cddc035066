package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/**
 * Attribution in house styles and layouts that ordinary English news rarely uses (other quotation
 * marks, dialogue dashes, headlines, press releases, live blogs), each on a short text written for
 * this test.
 */
class StylePatternsTest {

  @Test
  void guillemetsSetOffDirectQuotations() {
    DebateMap map =
        analyze(
            "Camille Fournier rejected the plan on Tuesday. \u00AB Open weights are the only audit"
                + " anyone can run, \u00BB she said. \u00AB A licence would hand the market to"
                + " three firms. \u00BB\n\n"
                + "\u00ABPublishing a capable model cannot be undone,\u00BB Lucas Renard told the"
                + " committee.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights")).isEqualTo("Camille Fournier");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "A licence")).isEqualTo("Camille Fournier");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Publishing")).isEqualTo("Lucas Renard");
  }

  @Test
  void sentenceOpenedByAnAsClauseOfSayingIsTheSpeakersClaim() {
    DebateMap map =
        analyze(
            "The review covers a decade of releases.\n\n"
                + "As Henrike Vollmer pointed out, closed models have failed outside audits too."
                + "\n\nAs expected, the lab published its weights on Monday.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "closed models have failed"))
        .isEqualTo("Henrike Vollmer");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("published its weights"));
  }
}
