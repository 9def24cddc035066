package io.github.debatestance.nlp.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the datelines of news copy ("WASHINGTON (AP) — ", "ST. LOUIS — ") from the annotators. The
 * parser takes a dateline for the subject of the first sentence, which then loses its real
 * speaker. The dateline is blanked with spaces, so every offset still indexes the original text.
 *
 * <p>Stateless and thread-safe.
 */
final class Datelines {

  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

  /**
   * A paragraph's opening place name in capitals, perhaps with a state ("TRENTON, N.J."), a date
   * ("LEEDS, March 3", "BERLIN, 3 March 2027") and an agency in parentheses, then a dash.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^[ \\t]*[A-Z][A-Z.'\\u2019-]{2,}(?:[ ,]+[A-Z][A-Z.'\\u2019-]*){0,4}"
              + "(?:,? (?:" + MONTH + " \\d{1,2}|\\d{1,2} " + MONTH + ")(?:,? \\d{4})?)?"
              + "(?: \\([A-Za-z. ]{1,20}\\))? ?(?:\\u2014|\\u2013|--|-) ");

  private Datelines() {}

  /** The text with each dateline replaced by as many spaces. */
  static String mask(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        masked.setCharAt(i, ' ');
      }
    } while (m.find());
    return masked.toString();
  }
}
