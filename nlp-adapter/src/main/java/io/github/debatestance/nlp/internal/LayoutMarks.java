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
    if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && !ITEM.matcher(text).find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text);
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
}
