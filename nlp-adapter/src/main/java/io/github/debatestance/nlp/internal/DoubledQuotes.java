package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.Optional;
import java.util.Set;

/**
 * The stretches of a parsed text set off with two apostrophes typed for a double mark (''like
 * this''), the typewriter style of some wire and archive copy. {@link QuotationFinder} returns no
 * such stretch as a quotation, so the words in it are parsed as the writer's; but a first person
 * in it ("''I think the plan works,'' Reyes said") is whoever the stretch quotes.
 *
 * <p>Stateless and thread-safe.
 */
final class DoubledQuotes {

  /** Marks that may close a quoted clause before its cue: "''...,'' she said". */
  private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", "?", "!");

  private DoubledQuotes() {}

  /**
   * The tokens of the marks that open and close the doubled stretch holding the token: {open,
   * close}, with close -1 where the paragraph ends before a closing mark. Empty where the token
   * stands in no such stretch.
   */
  static Optional<int[]> stretchAround(ParsedDocument d, int t) {
    if (t < 0 || t >= d.size()) {
      // Past a mark that ends the text, say: no token stands in a stretch there.
      return Optional.empty();
    }
    int paragraph = QuotationFinder.paragraphBegin(d.text(), d.begin(t));
    int open = -1;
    for (int x = t - 1; x >= 0 && d.begin(x) >= paragraph; x--) {
      if (isMark(d, x)) {
        if (!isOpening(d, x)) {
          return Optional.empty();
        }
        open = x;
        break;
      }
    }
    if (open < 0) {
      return Optional.empty();
    }
    int end = QuotationFinder.paragraphEnd(d.text(), d.begin(t), d.text().length());
    int close = -1;
    for (int x = t + 1; x < d.size() && d.begin(x) < end; x++) {
      if (isMark(d, x)) {
        close = isOpening(d, x) ? -1 : x;
        break;
      }
    }
    return Optional.of(new int[] {open, close});
  }

  /**
   * The span without the doubled marks and spaces at either end: a claim that runs over a stretch's
   * opening or closing marks ("''We will win,'' Reyes said" read from the sentence's start) is the
   * words inside them. A single apostrophe is a word's own ("'90s") and stays.
   */
  static TextSpan withoutMarks(String text, TextSpan span) {
    int begin = span.begin();
    int end = span.end();
    while (begin < end) {
      int run = apostrophesFrom(text, begin, end);
      if (run >= 2) {
        begin += run;
      } else if (Character.isWhitespace(text.charAt(begin))) {
        begin++;
      } else {
        break;
      }
    }
    while (end > begin) {
      int run = apostrophesBefore(text, end, begin);
      if (run >= 2) {
        end -= run;
      } else if (Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      } else {
        break;
      }
    }
    return begin < end ? new TextSpan(begin, end) : span;
  }

  /** How many apostrophes stand in a row from {@code from}, before {@code end}. */
  private static int apostrophesFrom(String text, int from, int end) {
    int run = 0;
    while (from + run < end && isApostrophe(text.charAt(from + run))) {
      run++;
    }
    return run;
  }

  /** How many apostrophes stand in a row just before {@code end}, after {@code begin}. */
  private static int apostrophesBefore(String text, int end, int begin) {
    int run = 0;
    while (end - run > begin && isApostrophe(text.charAt(end - run - 1))) {
      run++;
    }
    return run;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** Whether the token is a mark of two or more apostrophes, straight or curly. */
  static boolean isMark(ParsedDocument d, int t) {
    if (t < 0 || t >= d.size()) {
      return false;
    }
    String raw = d.text().substring(d.begin(t), d.end(t));
    if (raw.length() < 2) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (!isApostrophe(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is a doubled mark that closes a clause after its comma: ",''", "?''". */
  static boolean closesClause(ParsedDocument d, int t) {
    return t > 0 && isMark(d, t) && CLOSING_PUNCTUATION.contains(d.word(t - 1));
  }

  /** Whether a mark opens a stretch: at the start of the text or after a space or bracket. */
  private static boolean isOpening(ParsedDocument d, int mark) {
    int at = d.begin(mark);
    if (at == 0) {
      return true;
    }
    char before = d.text().charAt(at - 1);
    return Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
  }
}
