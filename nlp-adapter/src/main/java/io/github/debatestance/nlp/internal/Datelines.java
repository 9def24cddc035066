package io.github.debatestance.nlp.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the datelines of news copy ("WASHINGTON (AP) — ", "ST. LOUIS — ") and the times that
 * head the entries of live coverage ("10:42 GMT") from the annotators. The parser takes a dateline
 * for the subject of the first sentence, which then loses its real speaker. The dateline is
 * blanked with spaces, so every offset still indexes the original text.
 *
 * <p>Stateless and thread-safe.
 */
final class Datelines {

  /** A month's name or its abbreviation: "March", "Mar.", "Sept". */
  static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

  /** A dash as datelines use it: em, en, or one or two hyphens. */
  private static final String DASH = "(?:\\u2014|\\u2013|--|-)";

  /**
   * A paragraph's opening place name in capitals, perhaps with a state in capitals or in the
   * abbreviated form press releases use ("TRENTON, N.J.", "OAKLAND, Calif."), or in full before a
   * release's date ("HALBERG, Ontario — March 3, 2026 — "), a date ("LEEDS,
   * March 3", "BERLIN, 3 March 2027"), which a release may set off with dashes of its own
   * ("OAKLAND, Calif. — June 2, 2027 — "), and an agency in parentheses or a wire service between
   * slashes, then a dash.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^[ \\t]*[A-Z][A-Z.'\\u2019-]{2,}(?:[ ,]+[A-Z][A-Z.'\\u2019-]*){0,4}"
              + "(?:, [A-Z][a-z]{1,4}\\.|, [A-Z][a-z]+(?: [A-Z][a-z]+)?"
              + "(?= " + DASH + " (?:" + MONTH + " \\d|\\d{1,2} " + MONTH + ")))?"
              + "(?:(?:,? | " + DASH + " )(?:" + MONTH + " \\d{1,2}|\\d{1,2} " + MONTH + ")"
              + "(?:,? \\d{4})?)?"
              + "(?: \\([A-Za-z. ]{1,20}\\)| ?/[A-Za-z ]{1,30}/)? ?" + DASH + " ");

  /**
   * A line that holds nothing but a time, as live coverage heads each entry ("10:42 GMT", "3:05
   * p.m. ET"). A single line break does not end a sentence, so the time would open the entry's
   * first sentence and pass for its subject.
   */
  private static final Pattern TIME_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*\\d{1,2}[:.]\\d{2}(?:[ \\t]*[ap]\\.?m\\.?)?(?:[ \\t]+[A-Z]{2,4})?[ \\t]*$");

  /**
   * A time that heads a live-coverage entry on its own line, before a dash or the entry's first
   * word ("10:42 \u2014 The chair says", "10:42 Okafor: ..."). The time would otherwise open the
   * entry's first sentence and pass for its subject, as a time alone on its line would.
   */
  private static final Pattern TIME_HEAD =
      Pattern.compile(
          "(?m)^[ \\t]*(?:\\d{1,2}[:.]\\d{2}(?:[ \\t]*[ap]\\.?m\\.?)?(?:[ \\t]+[A-Z]{2,4})?"
              + "[ \\t]*" + DASH + "|\\d{1,2}:\\d{2}(?:[ \\t]*[ap]\\.?m\\.?)?"
              + "(?:[ \\t]+[A-Z]{2,4})?)[ \\t]+(?=\\p{Lu})");

  private Datelines() {}

  /**
   * The text with each dateline, each line of a time alone and each time heading an entry replaced
   * by as many spaces.
   */
  static String mask(String text) {
    return blank(blank(blank(text, DATELINE), TIME_LINE), TIME_HEAD);
  }

  private static String blank(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
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
