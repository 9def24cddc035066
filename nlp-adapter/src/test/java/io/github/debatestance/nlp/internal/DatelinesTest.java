package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

  @Test
  void datelineAtTheStartOfAParagraphIsBlankedWithSpaces() {
    String text = "Intro line.\n\nHALDEN (Wire) — Corvane AI said on Monday it would publish.";

    String masked = Datelines.mask(text);

    assertThat(masked).hasSameSizeAs(text);
    assertThat(masked).startsWith("Intro line.\n\n");
    assertThat(masked.substring(masked.indexOf("Corvane"))).isEqualTo(
        text.substring(text.indexOf("Corvane")));
    assertThat(masked.substring(13, masked.indexOf("Corvane"))).isBlank();
  }

  @Test
  void placeWithAStateAndADoubleHyphenIsADateline() {
    assertThat(Datelines.mask("NEW HALDEN, N.J. -- The lab said")).isEqualTo(
        " ".repeat("NEW HALDEN, N.J. -- ".length()) + "The lab said");
  }

  @Test
  void placeWithADateAndAnAgencyIsADateline() {
    assertThat(Datelines.mask("LEEDS, Aug 31 (Wire) - The lab said")).isEqualTo(
        " ".repeat("LEEDS, Aug 31 (Wire) - ".length()) + "The lab said");
    assertThat(Datelines.mask("NEW HALDEN, March 3 -- The lab said")).isEqualTo(
        " ".repeat("NEW HALDEN, March 3 -- ".length()) + "The lab said");
  }

  @Test
  void placeWithADateThatGivesTheYearIsADateline() {
    assertThat(Datelines.mask("HALDEN, March 3, 2027 \u2014 The lab said")).isEqualTo(
        " ".repeat("HALDEN, March 3, 2027 \u2014 ".length()) + "The lab said");
    assertThat(Datelines.mask("LEEDS, 3 March 2027 - The lab said")).isEqualTo(
        " ".repeat("LEEDS, 3 March 2027 - ".length()) + "The lab said");
  }

  @Test
  void pressReleaseDatelineWithAnAbbreviatedStateAndADateBetweenDashesIsBlanked() {
    assertThat(Datelines.mask("OAKDALE, Calif. \u2014 June 2, 2027 \u2014 The lab said")).isEqualTo(
        " ".repeat("OAKDALE, Calif. \u2014 June 2, 2027 \u2014 ".length()) + "The lab said");
    assertThat(Datelines.mask("HALDEN, Mass., May 4, 2027 /Wirecast/ -- The lab said")).isEqualTo(
        " ".repeat("HALDEN, Mass., May 4, 2027 /Wirecast/ -- ".length()) + "The lab said");
  }

  @Test
  void timeHeadingALiveBlogEntryIsBlanked() {
    String text = "10:04 \u2014 Okafor says it works.\n10:15 Brennan: no.\n9.30am - The chair left.";

    assertThat(Datelines.mask(text)).isEqualTo(
        " ".repeat("10:04 \u2014 ".length()) + "Okafor says it works.\n"
            + " ".repeat("10:15 ".length()) + "Brennan: no.\n"
            + " ".repeat("9.30am - ".length()) + "The chair left.");
  }

  @Test
  void lineThatHoldsOnlyATimeIsBlanked() {
    String text = "10:42 GMT\nThe chair says the text is final.\n3:05 p.m. ET\nShe left.";

    assertThat(Datelines.mask(text)).isEqualTo(
        " ".repeat("10:42 GMT".length()) + "\nThe chair says the text is final.\n"
            + " ".repeat("3:05 p.m. ET".length()) + "\nShe left.");
  }

  @Test
  void timeInsideASentenceIsLeftAlone() {
    String text = "The vote is at 10:42 GMT on Friday.";

    assertThat(Datelines.mask(text)).isEqualTo(text);
  }

  @Test
  void ordinaryOpeningsAreLeftAlone() {
    for (String text :
        new String[] {
          "Ada Brennan — the lab's chief — said so.",
          "I - said nothing.",
          "UN: the panel met.",
          "The NATO summit — held in May — ended."
        }) {
      assertThat(Datelines.mask(text)).isEqualTo(text);
    }
  }
}
