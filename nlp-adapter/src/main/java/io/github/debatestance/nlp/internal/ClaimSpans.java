package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bounds of a claim in tokens, as every reading of reported speech draws them: a stretch of
 * tokens becomes a claim's span once the punctuation at its ends is trimmed, where it is of a
 * claim's length, holds no quotation, and stops before a relative clause that only describes the
 * last thing it names. Also the tests of single tokens that those bounds turn on: punctuation, a
 * quotation mark, a leading "that" or preposition that marks content rather than opens it.
 *
 * <p>Stateless and thread-safe.
 */
final class ClaimSpans {

  /** Reported content shorter than this is a fragment, not a claim. */
  static final int MIN_TOKENS = 3;

  /** Reported content longer than this is a run-on text, not one claim. */
  static final int MAX_TOKENS = 200;

  /** Words that may stand first under a cue only to mark its content: "said that ...". */
  private static final Set<String> LEADING_MARKS =
      Set.of("that", "for", "of", "as", "to", "on", "about");

  /**
   * The tokens that may close a quotation: a double or single closing mark, curly or straight, or
   * two apostrophes typed for a double one.
   */
  private static final Set<String> CLOSING_QUOTE_MARKS =
      Set.of("\"", "\u201D", "''", "'", "\u2019");

  private ClaimSpans() {}

  /**
   * The claim's span from {@code first} to {@code last}, both included, of at least a claim's
   * length ({@link #span(ParsedDocument, int, int, int)}).
   */
  static Optional<TextSpan> span(ParsedDocument d, int first, int last) {
    return span(d, first, last, MIN_TOKENS);
  }

  /**
   * The claim's span from {@code first} to {@code last}, both included, past the punctuation at
   * either end. Empty where fewer than {@code minTokens} tokens remain, or where one of them is
   * quoted or a quotation mark: such content is left to the quotation.
   */
  static Optional<TextSpan> span(ParsedDocument d, int first, int last, int minTokens) {
    while (last >= first && isPunct(d, last)) {
      last--;
    }
    while (first <= last && isPunct(d, first)) {
      first++;
    }
    if (last - first + 1 < minTokens) {
      return Optional.empty();
    }
    for (int t = first; t <= last; t++) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        return Optional.empty();
      }
    }
    // A relative clause set off by a comma at the end only describes the last thing named
    // ("..., who does not need to ..."); the claim ends before it.
    for (int t = first + MIN_TOKENS; t < last; t++) {
      if (d.word(t).equals(",") && (d.tag(t + 1).equals("WDT") || d.tag(t + 1).equals("WP"))
          && !d.word(t + 1).equalsIgnoreCase("what")
          && !isMedialRelativeClause(d, t + 1, last)) {
        last = t - 1;
        break;
      }
    }
    return Optional.of(new TextSpan(d.begin(first), d.end(last)));
  }

  /**
   * Whether the relative clause that the word opens closes at a comma before the span ends, with
   * the clause it interrupts going on after it: in "the governor, who must sign the bill, has
   * said nothing" the claim runs on past the relative clause.
   */
  private static boolean isMedialRelativeClause(ParsedDocument d, int relative, int last) {
    Optional<ParsedDocument.Dependent> head = d.head(relative);
    if (head.isEmpty()) {
      return false;
    }
    Optional<ParsedDocument.Dependent> clause = d.head(head.get().token());
    int verb = clause.isPresent() && clause.get().relation().startsWith("acl:relcl")
        ? head.get().token() : -1;
    if (verb < 0 && head.get().relation().startsWith("nsubj")) {
      verb = head.get().token();
    }
    if (verb < 0) {
      return false;
    }
    Optional<int[]> range = d.subtreeRange(verb, MAX_TOKENS);
    if (range.isEmpty()) {
      return false;
    }
    int end = range.get()[1];
    int next = d.word(end).equals(",") ? end + 1 : end + 2;
    if (next > last || !d.word(next - 1).equals(",")) {
      return false;
    }
    if (d.tag(next).startsWith("RB") && next < last) {
      next++;
    }
    return ParsedDocument.isVerbTag(d.tag(next));
  }

  /** How many tokens from {@code first} to {@code last}, both included, are no punctuation. */
  static int nonPunctuationCount(ParsedDocument d, int first, int last) {
    int n = 0;
    for (int t = first; t <= last; t++) {
      if (!isPunct(d, t)) {
        n++;
      }
    }
    return n;
  }

  static boolean isPunct(ParsedDocument d, int t) {
    String tag = d.tag(t);
    return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("``")
        || tag.equals("''") || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals("HYPH")
        || Dashes.isDialogueDash(d.word(t));
  }

  /**
   * Whether the word is a mark that may close a quotation ({@link #CLOSING_QUOTE_MARKS}), single
   * marks included. {@link #isQuoteMark} takes any double mark, opening or closing, but no single
   * one, which may be an apostrophe.
   */
  static boolean isClosingQuoteMark(String word) {
    return CLOSING_QUOTE_MARKS.contains(word);
  }

  static boolean isQuoteMark(String word) {
    return word.contains("\"") || word.contains("\u201C") || word.contains("\u201D")
        || word.contains("\u00AB") || word.contains("\u00BB")
        || word.equals("``") || word.equals("''");
  }

  /**
   * Whether a leading word only marks the content ("that", "to", "of"), rather than being part of
   * it, as the subject in "said that was a mistake" is.
   */
  static boolean isLeadingMark(ParsedDocument d, int t) {
    if (!LEADING_MARKS.contains(d.word(t).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Optional<ParsedDocument.Dependent> head = d.head(t);
    // "wrote in a newsletter that the fees would ...": after a noun the parser may tag the
    // complementiser as a relative word and hang it as a bare dependent of the clause's verb.
    return head.isEmpty()
        || head.get().relation().equals("mark")
        || head.get().relation().equals("case")
        || head.get().relation().equals("dep") && d.word(t).equalsIgnoreCase("that");
  }
}
