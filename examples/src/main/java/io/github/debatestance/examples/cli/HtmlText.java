package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to the plain text the analyzer reads. Each block element (a paragraph, a
 * heading, a list item, a block quotation) becomes a paragraph of its own, separated from the next
 * by a blank line, because the quotation finder and the speaker sieves read paragraph breaks; a
 * {@code <br>} becomes a line break. Scripts, styles and other content that is not shown are
 * dropped, and character references ({@code &ldquo;}) become the characters they stand for.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlText {

  private static final Set<String> HIDDEN =
      Set.of("script", "style", "noscript", "template", "head", "iframe", "svg", "object");

  private HtmlText() {}

  /** The text of an HTML document, with a blank line between paragraphs. */
  static String toText(String html) {
    requireNonNull(html, "html");
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select(String.join(",", HIDDEN)).remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              appendCollapsed(out, text.getWholeText());
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br")) {
                trimTrailingSpaces(out);
                out.append('\n');
              } else if (e.isBlock()) {
                paragraphBreak(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            // jsoup counts <br> as a block, but it breaks a line, not a paragraph.
            if (node instanceof Element e && e.isBlock() && !e.normalName().equals("br")) {
              paragraphBreak(out);
            }
          }
        },
        page.body());
    return out.toString().strip();
  }

  /** Appends text with each run of white space as one space, as a browser shows it. */
  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void paragraphBreak(StringBuilder out) {
    trimTrailingSpaces(out);
    if (out.length() == 0) {
      return;
    }
    while (!(out.length() >= 2 && out.charAt(out.length() - 1) == '\n'
        && out.charAt(out.length() - 2) == '\n')) {
      out.append('\n');
    }
  }

  private static void trimTrailingSpaces(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}
