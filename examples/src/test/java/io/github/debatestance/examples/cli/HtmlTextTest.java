package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void paragraphsBecomeParagraphsSeparatedByABlankLine() {
    String html =
        "<html><head><title>Ignored</title></head><body>"
            + "<h1>Labs split over open weights</h1>"
            + "<p>&ldquo;Openness finds the flaws,&rdquo; Ada Brennan said.</p>"
            + "<p>Reyes   disagreed,\n  sharply.</p></body></html>";

    assertThat(HtmlText.toText(html))
        .isEqualTo(
            "Labs split over open weights\n\n"
                + "\u201COpenness finds the flaws,\u201D Ada Brennan said.\n\n"
                + "Reyes disagreed, sharply.");
  }

  @Test
  void lineBreakIsALineBreakAndInlineMarkupIsText() {
    assertThat(HtmlText.toText("<p>First <b>line</b><br>second <a href='x'>line</a></p>"))
        .isEqualTo("First line\nsecond line");
  }

  @Test
  void scriptsStylesAndCommentsAreDropped() {
    String html =
        "<body><script>var q = '\"';</script><style>p { color: red }</style>"
            + "<!-- \"not text\" --><p>Only this.</p><noscript>Nor this.</noscript></body>";

    assertThat(HtmlText.toText(html)).isEqualTo("Only this.");
  }

  @Test
  void quotationOverSeveralParagraphsKeepsItsParagraphs() {
    String html =
        "<div><p>She said:</p><blockquote><p>\u201CFirst part.</p><p>\u201CSecond part.\u201D</p>"
            + "</blockquote></div>";

    assertThat(HtmlText.toText(html))
        .isEqualTo("She said:\n\n\u201CFirst part.\n\n\u201CSecond part.\u201D");
  }

  @Test
  void listItemsAndTableCellsAreSeparate() {
    assertThat(HtmlText.toText("<ul><li>One</li><li>Two</li></ul>")).isEqualTo("One\n\nTwo");
  }

  @Test
  void brokenMarkupAndPlainTextAreHandled() {
    assertThat(HtmlText.toText("<p>Unclosed <b>bold <p>next")).isEqualTo("Unclosed bold\n\nnext");
    assertThat(HtmlText.toText("just text")).isEqualTo("just text");
    assertThat(HtmlText.toText("")).isEmpty();
  }
}
