package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {

  private final QuotationFinder finder = new QuotationFinder();

  private List<String> contents(String text) {
    return finder.find(text).stream().map(q -> q.content().of(text)).toList();
  }

  @Test
  void findsCurlyAndStraightQuotations() {
    String text = "\u201CWe will publish,\u201D she said. He replied, \"Not yet.\"";
    assertThat(contents(text)).containsExactly("We will publish,", "Not yet.");
  }

  @Test
  void splitQuotationGivesTwoQuotations() {
    String text = "\"Open models help,\" she said, \"but only with care.\"";
    assertThat(contents(text)).containsExactly("Open models help,", "but only with care.");
  }

  @Test
  void quotationOverSeveralParagraphsIsClosedAtEachParagraphEnd() {
    String text = "He said:\n\n\"First part of it.\n\n\"Second part.\n\n\"Last part.\" Then more.";
    List<Quotation> found = finder.find(text);
    assertThat(found).extracting(q -> q.content().of(text))
        .containsExactly("First part of it.", "Second part.", "Last part.");
    assertThat(found).extracting(Quotation::isClosed).containsExactly(false, false, true);
    assertThat(found).extracting(Quotation::startsParagraph).containsExactly(true, true, true);
  }

  @Test
  void unbalancedMarkRunsToParagraphEndAndNeverThrows() {
    String text = "A stray \" mark here\n\nand \u201D a closing one alone.";
    assertThat(contents(text)).containsExactly("mark here");
  }

  @Test
  void inchMarkAfterDigitIsNotAnOpeningMark() {
    assertThat(contents("The screen is 13\" wide and bright.")).isEmpty();
  }

  @Test
  void emptyQuotationsAreDropped() {
    assertThat(contents("He wrote \"\" and \u201C  \u201D.")).isEmpty();
  }

  @Test
  void contentSpanMatchesTheText() {
    String text = "Intro.\n\n\u201CThe weights stay closed,\u201D the lab said.";
    for (Quotation q : finder.find(text)) {
      assertThat(text.charAt(q.open())).isEqualTo('\u201C');
      assertThat(text.charAt(q.close())).isEqualTo('\u201D');
      assertThat(q.content().of(text)).isEqualTo("The weights stay closed,");
    }
  }

  @Test
  void britishSingleQuotesAreQuotationsAndApostrophesAreNot() {
    String text = "She said the rules had \u2018no teeth whatsoever\u2019 and didn\u2019t help.";
    assertThat(contents(text)).containsExactly("no teeth whatsoever");
  }

  @Test
  void singleQuotesInsideDoubleQuotesStayInTheOuterQuotation() {
    String text = "\"They called it \u2018open\u2019 but it isn\u2019t,\" he said.";
    assertThat(contents(text)).containsExactly("They called it \u2018open\u2019 but it isn\u2019t,");
  }

  @Test
  void straightSingleQuotesWork() {
    assertThat(contents("They keep calling it 'open' as if that settled it, it's odd."))
        .containsExactly("open");
  }

  @Test
  void possessiveAfterPluralDoesNotOpenAQuotation() {
    assertThat(contents("The developers' servers held the weights.")).isEmpty();
  }

  @Test
  void openingMarkAfterAWordClosesTheQuotation() {
    String text = "She called it \u201Ca reckless gamble\u201C and left. Then \u201Cmore\u201D came.";
    assertThat(contents(text)).containsExactly("a reckless gamble", "more");
  }

  @Test
  void closingMarkBeforeAWordOpensAQuotation() {
    String text = "He asked the aides to \u201Dstay out of it\u201D for now.";
    assertThat(contents(text)).containsExactly("stay out of it");
  }

  @Test
  void nestedCurlyQuotationAfterASpaceStaysNested() {
    String text = "\u201CThey say \u201Cnever\u201D too often,\u201D he said.";
    assertThat(contents(text)).containsExactly("They say \u201Cnever");
  }

  @Test
  void strayStraightMarkOpeningAParagraphOfCurlyQuotationsOpensNothing() {
    String text =
        "\"The mayor laughed and said, \u201CNot this year.\u201D The council did not.\n\n"
            + "\"We will see,\u201D she added.";
    assertThat(contents(text)).containsExactly("Not this year.", "We will see,");
  }

  @Test
  void straightMarkWithAStraightPartnerStillQuotes() {
    String text = "\"Nobody asked us,\" she said of the \u201Cgreen plan.\u201D";
    assertThat(contents(text)).containsExactly("Nobody asked us,", "green plan.");
  }

  @Test
  void markupValuesAreNoQuotations() {
    String text =
        "<post author=\"@lena\" date=\"May 3,\n2016\">Big day for the \"open\n"
            + "lab\" crowd.</post>";
    assertThat(contents(text)).containsExactly("open\nlab");
  }

  @Test
  void elidedCenturyOpensNoQuotation() {
    String text =
        "He covered casinos since the late '70s and the \u201818 race: \"The market is gone,\""
            + " he said.";
    assertThat(contents(text)).containsExactly("The market is gone,");
  }

  @Test
  void inchMarkOfAHeightClosesNothing() {
    String text = "\u201CHe is tall, like 6\u20192\u201D or so,\u201D she said.";
    assertThat(contents(text)).containsExactly("He is tall, like 6\u20192\u201D or so,");
  }

  @Test
  void singleMarksInsideDoubledApostrophesAreNestedNotQuotationsOfTheirOwn() {
    String text =
        "She called the plan 'a fair deal' on Monday.\n\n''When they said, 'Not now,' we"
            + " waited,'' she recalled. ''They told us, 'Wait for spring.''' he added.";
    assertThat(contents(text)).containsExactly("a fair deal");
  }

  @Test
  void curlyQuotationClosedByTwoApostrophesEndsThere() {
    String text = "He asked a \u201Cpointed question\u2019\u2019 that the panel let pass.";
    assertThat(contents(text)).containsExactly("pointed question");
  }

  @Test
  void guillemetsQuoteWhicheverWayTheyPoint() {
    String text =
        "\u00AB Open weights are an audit, \u00BB she said. \u00BBA licence is a moat\u00AB, he"
            + " replied.\n\n\u00ABWe publish everything.\n\n\u00ABAnd we test it.\u00BB";
    assertThat(contents(text))
        .containsExactly(
            "Open weights are an audit,", "A licence is a moat", "We publish everything.",
            "And we test it.");
  }
}
