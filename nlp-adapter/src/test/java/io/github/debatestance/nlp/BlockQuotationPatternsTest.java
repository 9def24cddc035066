package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/**
 * Block quotations that no quotation mark sets off: the lines after a sentence that ends in a colon
 * after a speech verb. Each on a short text written for this test.
 */
class BlockQuotationPatternsTest {

  private static final String STATEMENT =
      "We looked hard at releasing the weights, and our own tests showed the model could walk a"
          + " novice through steps we will not make easier.";

  @Test
  void paragraphAfterASpeechVerbAndAColonIsItsSpeakersReportedWords() {
    DebateMap map =
        analyze(
            "Marguerite Oyelaran, the chief executive of Tessellate AI, defended the choice on"
                + " Monday. She wrote:\n\n"
                + STATEMENT
                + "\n\nThe post drew replies within the hour.");

    assertThat(speakerOf(map, ClaimKind.INDIRECT, "We looked hard"))
        .isEqualTo("Marguerite Oyelaran");
    assertThat(claimStarting(map, "We looked hard").text()).isEqualTo(STATEMENT);
  }

  @Test
  void linesMarkedForMarkdownOrIndentedRunAsLongAsTheirMark() {
    DebateMap marked =
        analyze(
            "Jonas Ekwueme, who maintains an open model library, replied in a thread. He said:\n\n"
                + "> Every closed lab says the danger is around the corner.\n"
                + "> Show us the evaluations and let outsiders rerun them.\n\n"
                + "The lab did not answer.");
    DebateMap indented =
        analyze(
            "Jonas Ekwueme, who maintains an open model library, replied in a thread. He said:\n\n"
                + "    Every closed lab says the danger is around the corner.\n\n"
                + "    Show us the evaluations and let outsiders rerun them.\n\n"
                + "The lab did not answer.");

    assertThat(claimStarting(marked, "Every closed lab").text())
        .endsWith("let outsiders rerun them.");
    assertThat(speakerOf(marked, ClaimKind.INDIRECT, "Every closed lab"))
        .isEqualTo("Jonas Ekwueme");
    assertThat(claimStarting(indented, "Every closed lab").text())
        .endsWith("let outsiders rerun them.");
    assertThat(speakerOf(indented, ClaimKind.INDIRECT, "Every closed lab"))
        .isEqualTo("Jonas Ekwueme");
  }

  @Test
  void markedLinesThatASignatureSignsNeedNoColonAboveThem() {
    DebateMap map =
        analyze(
            "Our lab has released every model it has trained since it opened.\n\n"
                + "> Closed models ask you to trust the company. Open models let you check.\n"
                + ">\n"
                + "> \u2014 Jonas Berg, co-founder of Kuusk Lab\n\n"
                + "That is still the policy.");

    assertThat(claimStarting(map, "Closed models ask").text())
        .isEqualTo("Closed models ask you to trust the company. Open models let you check.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Closed models ask")).isEqualTo("Jonas Berg");
  }

  @Test
  void bylineBeforeAColonIntroducesItsAuthorsBlockHoweverLongTheRoles() {
    DebateMap map =
        analyze(
            "Notes from the lab\n\n"
                + "Posted by Ilse Varga, head of evaluation at the Korsholm Computing Trust:\n\n"
                + STATEMENT
                + "\n\nComments are closed.");

    assertThat(speakerOf(map, ClaimKind.INDIRECT, "We looked hard")).isEqualTo("Ilse Varga");
    assertThat(claimStarting(map, "We looked hard").text()).isEqualTo(STATEMENT);
  }

  @Test
  void colonAfterAHeadingANounOrAWholeReportIsNoBlock() {
    DebateMap map =
        analyze(
            "Here is what changes for labs under the new rules:\n\n"
                + "Each lab files a safety case before any release of frontier weights.\n\n"
                + "Watch the full video of the minister's remarks below:\n\n"
                + "The committee meets again in June to review the first filings.\n\n"
                + "In the debate, Okafor pointed out that small labs were ignored:\n\n"
                + "The committee heard from four large firms and no small ones.");

    assertThat(map.claims())
        .extracting(Claim::text)
        .containsExactly("small labs were ignored");
  }

  private static Claim claimStarting(DebateMap map, String start) {
    return map.claims().stream()
        .filter(c -> c.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim starts with " + start + ": " + map.claims()));
  }
}
