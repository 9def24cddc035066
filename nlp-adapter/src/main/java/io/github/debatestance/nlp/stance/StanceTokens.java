package io.github.debatestance.nlp.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a claim into words and clause punctuation and reduces each word to a light stem, so that
 * training statements and claims from any article are read the same way, without a parser.
 *
 * <p>Stateless and thread-safe.
 */
final class StanceTokens {

  // Hyphens split words ("open-weight" reads as "open weight"); apostrophes stay inside them.
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*|[?!.,;:\u2014\u2013]");

  private StanceTokens() {}

  /**
   * One token of a claim.
   *
   * @param surface the characters of the text
   * @param lower the surface, lower-cased, with typographic apostrophes made plain
   * @param stem the light stem of a word, or the punctuation mark itself
   * @param begin offset of the first character in the claim
   * @param end offset one past the last character
   * @param punctuation whether the token is a punctuation mark
   */
  record Token(
      String surface, String lower, String stem, int begin, int end, boolean punctuation) {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String surface = m.group();
      boolean punctuation = !Character.isLetterOrDigit(surface.codePointAt(0));
      String lower = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      tokens.add(
          new Token(
              surface, lower, punctuation ? lower : stem(lower), m.start(), m.end(), punctuation));
    }
    return tokens;
  }

  /**
   * A light stem: plural, past and gerund endings and a final e go, so that "release",
   * "released", "releases" and "releasing" meet. Stems need not be words.
   */
  static String stem(String word) {
    String s = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.endsWith("n't") || s.length() <= 3) {
      return s;
    }
    if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.endsWith("sses")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 5 && s.endsWith("ing")) {
      s = undouble(s.substring(0, s.length() - 3));
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = undouble(s.substring(0, s.length() - 2));
    }
    if (s.length() > 3 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && s.charAt(n - 1) != 's'
        && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
