package io.github.debatestance.core.eval;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised words of a text, as a bag, and the token-level overlap of two such bags: the
 * measure by which a predicted claim matches a gold claim.
 *
 * <p>Normalisation: lower case; apostrophes (straight, curly, modifier letter) deleted, so that
 * {@code don't} and {@code don’t} both give {@code dont}; every other Unicode punctuation mark,
 * quotation marks included, turned into a space; white space of any kind folded. Other punctuation
 * becomes a space rather than vanishing so that words glued by a dash ({@code safety—and}) split
 * apart: that matters where one side's span stops at the dash and the other's does not. Both sides
 * go through the same steps, so the choice never hides a real difference.
 *
 * <p>Immutable and thread-safe.
 */
record ClaimTokens(ImmutableMultiset<String> tokens) {

  // The closing single quote doubles as the apostrophe in typeset text, so it is deleted too;
  // at the edge of a quotation, deleting it and spacing it out give the same tokens.
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u201B\u02BC`\u00B4]");
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
  private static final Splitter ON_WHITESPACE =
      Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();

  /** The bag of normalised tokens of {@code text}. */
  static ClaimTokens of(String text) {
    return new ClaimTokens(ImmutableMultiset.copyOf(normalise(text)));
  }

  /** The normalised tokens of {@code text}, in order. */
  static List<String> normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String noApostrophes = APOSTROPHES.matcher(lower).replaceAll("");
    String spaced = PUNCTUATION.matcher(noApostrophes).replaceAll(" ");
    return ON_WHITESPACE.splitToList(spaced);
  }

  int size() {
    return tokens.size();
  }

  /** How many tokens the two bags share, counting repeats: the multiset intersection's size. */
  int overlap(ClaimTokens other) {
    int shared = 0;
    for (Multiset.Entry<String> e : tokens.entrySet()) {
      shared += Math.min(e.getCount(), other.tokens.count(e.getElement()));
    }
    return shared;
  }

  /** Token-level F1 of the two bags, 0 if either is empty. */
  double f1(ClaimTokens other) {
    int denominator = size() + other.size();
    return denominator == 0 ? 0.0 : 2.0 * overlap(other) / denominator;
  }
}
