package io.github.debatestance.nlp.internal;

import java.util.regex.Pattern;

/**
 * The dashes that a token may be, read in one place: the dash of dialogue and of an aside, and any
 * run of dashes or hyphens, which separates a label or an attribution from what it introduces.
 *
 * <p>Stateless and thread-safe.
 */
final class Dashes {

  private static final Pattern RUN = Pattern.compile("[\u2014\u2013-]+");

  private Dashes() {}

  /**
   * Whether the word is an em or en dash, or two hyphens typed for one ("--"): the dash that opens
   * dialogue ("— Open weights ...") and that the tagger does not always tag as punctuation.
   */
  static boolean isDialogueDash(String word) {
    return word.equals("\u2014") || word.equals("\u2013") || word.equals("--");
  }

  /** Whether the word is a run of em dashes, en dashes or hyphens ("—", "-", "--", "---"). */
  static boolean isDashRun(String word) {
    return RUN.matcher(word).matches();
  }
}
