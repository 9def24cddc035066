package io.github.debatestance.nlp.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides from the annotators the marks of plain-text layout that no sentence holds: the marks that
 * Markdown sets around words for bold or italic type ("**Dana Reyes**", "*Halden Institute*") and
 * the bullets or numbers that open the items of a list ("- ", "• ", "2. "). The offsets of the
 * text stay as they were, so every offset still indexes the original; the finders that read the
 * layout (turns, block quotations, labelled lines) see the marks in the text itself.
 *
 * <ul>
 *   <li>Glued to a name, emphasis marks keep the tagger and NER from seeing it as one ("**Priya"
 *       is no first name they know). They are blanked with spaces. A mark counts only as one of a
 *       pair on one line that encloses words, opening before a word and closing after one, with
 *       no letter or digit glued to its outer side: "f***", "n**s" and "snake_case" are left
 *       alone.
 *   <li>The items of a list follow each other after a single line break, which does not end a
 *       sentence, so an item would run on into the next one, and a cue in one ("- Brandt said
 *       ...") would reach back to a quotation that ends the item above. The bullet of an item
 *       with another item right above or below it becomes a line break, which makes two in a row
 *       and ends the sentence there.
 *   <li>Lists of headlines and the lines that head a page (a title over its subtitle, a
 *       committee's name over the date of its sitting) end without a full stop, and a single
 *       line break does not end a sentence either, so each would run on into the next line. In a
 *       paragraph whose every line opens with a capital, a digit or a quotation mark, a line that
 *       ends in a word, a number or a closing mark ends its sentence: its line break becomes a
 *       paragraph separator (U+2029), which the sentence splitter takes for a break. A paragraph
 *       with a line that opens in lower case is prose wrapped at a fixed width, and is left as it
 *       is.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class LayoutMarks {

  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}*_])(\\*\\*|__|\\*|_)(?=[^\\s*_])[^*_\\n]{1,300}?(?<=[^\\s*_])\\1"
              + "(?![\\p{L}\\p{N}*_])");

  /** A bullet or an item's number after a line break, before the item's words. */
  private static final Pattern ITEM =
      Pattern.compile("(?<=\\n)[ \\t]*(?:[-*\\u2022]|\\d{1,2}[.)])(?=[ \\t]+\\S)");

  /** A line that opens with a bullet or an item's number. */
  private static final Pattern ITEM_LINE =
      Pattern.compile("[ \\t]*(?:[-*\\u2022]|\\d{1,2}[.)])[ \\t]+\\S");

  /** The end of a line that no full stop or other punctuation ends, before the next line. */
  private static final Pattern OPEN_LINE_END =
      Pattern.compile(
          "[\\p{L}\\p{N}'\"\u2019\u201D\\)\\]][ \\t]*\n"
              + "(?=[ \\t]*[\\p{Lu}\\p{N}'\"\u2018\u201C])");

  /** A line break followed by a line that opens in lower case: prose wrapped at a fixed width. */
  private static final Pattern WRAPPED = Pattern.compile("\n[ \\t]*\\p{Ll}");

  private LayoutMarks() {}

  /**
   * Whether the item line that begins at {@code lineStart} has another item right above or below
   * it: a list. A single line that opens with a dash under a quotation signs it ("- Laura
   * Brennan, Halden"), and its dash is left for the signature's reading.
   */
  private static boolean isInList(String text, int lineStart) {
    int previous = lineStart >= 1 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    if (previous >= 0 && previous < lineStart - 1 && isItemLine(text, previous)) {
      return true;
    }
    int next = text.indexOf('\n', lineStart);
    return next >= 0 && isItemLine(text, next + 1);
  }

  private static boolean isItemLine(String text, int lineStart) {
    Matcher m = ITEM_LINE.matcher(text);
    m.region(lineStart, text.length());
    return m.lookingAt();
  }

  /**
   * The text with the marks of each emphasised stretch replaced by as many spaces, and the bullet
   * of each list item after a line break by a line break.
   */
  static String mask(String text) {
    StringBuilder masked = new StringBuilder(text);
    breakHeadlineLines(text, masked);
    if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && !ITEM.matcher(text).find()) {
      return masked.toString();
    }
    Matcher m = EMPHASIS.matcher(text);
    while (m.find()) {
      int mark = m.end(1) - m.start(1);
      for (int i = 0; i < mark; i++) {
        masked.setCharAt(m.start() + i, ' ');
        masked.setCharAt(m.end() - 1 - i, ' ');
      }
    }
    Matcher item = ITEM.matcher(text);
    while (item.find()) {
      if (!isInList(text, item.start())) {
        continue;
      }
      for (int i = item.start(); i < item.end(); i++) {
        masked.setCharAt(i, ' ');
      }
      masked.setCharAt(item.start(), '\n');
    }
    return masked.toString();
  }

  /**
   * Turns into a paragraph separator each line break that ends a headline or heading line: one
   * that no punctuation ends, in a paragraph whose lines all open with a capital, a digit or a
   * quotation mark.
   */
  private static void breakHeadlineLines(String text, StringBuilder masked) {
    Matcher end = OPEN_LINE_END.matcher(text);
    Matcher wrapped = WRAPPED.matcher(text);
    int paragraphEnd = -1;
    boolean prose = false;
    while (end.find()) {
      int lineBreak = text.indexOf('\n', end.start());
      if (lineBreak >= paragraphEnd) {
        int begin = QuotationFinder.paragraphBegin(text, lineBreak);
        paragraphEnd = QuotationFinder.paragraphEnd(text, lineBreak + 1, text.length());
        prose = wrapped.region(begin, paragraphEnd).find();
      }
      if (!prose) {
        masked.setCharAt(lineBreak, '\u2029');
      }
    }
  }
}
