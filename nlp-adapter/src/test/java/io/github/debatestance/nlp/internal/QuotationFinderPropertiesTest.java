package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.nlp.AwkwardText;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quotation finder on generated awkward text: many tries, no models. */
class QuotationFinderPropertiesTest {

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\r\f\u000B]*\n");

  private final QuotationFinder finder = new QuotationFinder();

  @Provide
  Arbitrary<String> awkward() {
    return AwkwardText.text(0, 120);
  }

  @Provide
  Arbitrary<String> anyChars() {
    return net.jqwik.api.Arbitraries.strings().ofMaxLength(200);
  }

  @Property(tries = 3000)
  void quotationsLieInsideTheirMarksInOrderAndApart(@ForAll("awkward") String text) {
    checkQuotations(text, finder.find(text));
  }

  @Property(tries = 2000)
  void anyStringAtAllIsHandled(@ForAll("anyChars") String text) {
    checkQuotations(text, finder.find(text));
  }

  @Property(tries = 500)
  void theSameTextGivesTheSameQuotations(@ForAll("awkward") String text) {
    assertThat(finder.find(text)).isEqualTo(finder.find(text));
  }

  private static void checkQuotations(String text, List<Quotation> found) {
    int previousEnd = 0;
    for (Quotation q : found) {
      assertThat(q.open()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(q.content().begin()).isGreaterThan(q.open());
      assertThat(q.content().end()).isLessThanOrEqualTo(text.length());
      assertThat(q.end()).isGreaterThanOrEqualTo(q.content().end()).isLessThanOrEqualTo(text.length());
      if (q.isClosed()) {
        assertThat(q.close()).isGreaterThanOrEqualTo(q.content().end());
      }
      String content = q.content().of(text);
      assertThat(content).isNotEmpty().isEqualTo(content.strip());
      assertThat(BLANK_LINE.matcher(content).find()).as("crosses a blank line: %s", content).isFalse();
      previousEnd = q.end();
    }
  }
}
