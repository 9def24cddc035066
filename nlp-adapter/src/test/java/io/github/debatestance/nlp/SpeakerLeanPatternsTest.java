package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * A claim whose words hesitate between the two sides leans to the side its speaker argues elsewhere
 * in the same article; a plain fact of the same speaker stays neutral.
 */
class SpeakerLeanPatternsTest {

  private static final String HESITANT = "That is not a favour to our rivals";

  private static Claim claimStarting(DebateMap map, String start) {
    return map.claims().stream()
        .filter(c -> c.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim starting " + start));
  }

  @Test
  void aHesitantClaimLeansToTheSideItsSpeakerArguesElsewhere() {
    DebateMap map =
        analyze(
            "Bramwell Analytics released the full weights of its newest language model on"
                + " Tuesday.\n\n"
                + "\"Keeping the weights locked away only protects the incumbents,\" said Oriel"
                + " Fenwick, the company's chief executive. \"Anyone should be free to inspect,"
                + " run and adapt the model.\"\n\n"
                + "Asked whether the release would help larger competitors, Fenwick said: \""
                + HESITANT
                + ".\"\n\n"
                + "The company was founded in 2019 and employs 40 people, Fenwick said.\n");

    Claim hesitant = claimStarting(map, HESITANT);
    assertThat(hesitant.speaker().name()).isEqualTo("Oriel Fenwick");
    assertThat(hesitant.stance().label()).isEqualTo(Stance.PRO_OPEN_SOURCE);
    assertThat(claimStarting(map, "The company was founded").stance().label())
        .isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void theSameWordsAloneAreReadByTheirWords() {
    DebateMap map =
        analyze(
            "Asked whether the release would help larger competitors, Oriel Fenwick said: \""
                + HESITANT
                + ".\"\n");

    assertThat(claimStarting(map, HESITANT).stance().label())
        .isEqualTo(Stance.PRO_SAFETY_CLOSED);
  }
}
