package io.github.debatestance.nlp.internal;

/**
 * Where the search for a quotation's speaker stops: the end of a sentence or clause, a paragraph
 * break, the quotation's own marks. Every speaker sieve reads these limits alike.
 *
 * <p>Stateless and thread-safe.
 */
final class QuotationBounds {

  private QuotationBounds() {}

  /** Whether the word ends a sentence or a clause, which a search for a speaker must not cross. */
  static boolean isStop(String word) {
    return word.equals(".") || word.equals("?") || word.equals("!") || word.equals(";");
  }

  /**
   * Whether a paragraph break lies between two offsets: two line breaks, or a single one that
   * {@link QuotationFinder#isParagraphBreak} takes for the end of a paragraph. A speaker is never
   * found across it.
   */
  static boolean crossesParagraph(ParsedDocument d, int from, int to) {
    String between = d.text().substring(Math.min(from, to), Math.max(from, to));
    int newline = between.indexOf('\n');
    return newline >= 0 && between.indexOf('\n', newline + 1) >= 0
        || newline >= 0 && QuotationFinder.isParagraphBreak(d.text(), Math.min(from, to) + newline);
  }

  /** Whether no paragraph break lies between the end of one quotation and the start of the next. */
  static boolean sameParagraph(ParsedDocument d, Quotation a, Quotation b) {
    return !crossesParagraph(d, a.end(), b.open());
  }

  /** Whether the token starts between the quotation's opening and closing marks. */
  static boolean isInside(ParsedDocument d, Quotation q, int t) {
    return d.begin(t) >= q.open() && d.begin(t) < q.end();
  }
}
