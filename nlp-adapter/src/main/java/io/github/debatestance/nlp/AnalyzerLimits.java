package io.github.debatestance.nlp;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The limits a {@link CoreNlpDebateAnalyzer} was built with, as its builder set them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxChars the longest document accepted, in characters (UTF-16 code units)
 * @param chunkChars the largest stretch of text annotated at once; longer documents are analysed a
 *     chunk of paragraphs at a time
 * @param timeBudget the time a document may take per chunk
 */
public record AnalyzerLimits(int maxChars, int chunkChars, Duration timeBudget) {

  public AnalyzerLimits {
    checkArgument(maxChars > 0, "maxChars must be positive: maxChars=%s", maxChars);
    checkArgument(chunkChars > 0, "chunkChars must be positive: chunkChars=%s", chunkChars);
    requireNonNull(timeBudget, "timeBudget");
    checkArgument(
        !timeBudget.isNegative() && !timeBudget.isZero(),
        "timeBudget must be positive: timeBudget=%s",
        timeBudget);
  }
}
