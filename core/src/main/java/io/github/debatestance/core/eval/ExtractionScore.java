package io.github.debatestance.core.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How well claims of one kind were found: the counts of matched, spurious and missed claims, and
 * the precision, recall and F1 that follow from them. Summing the counts over documents gives the
 * micro-average. A figure with a zero denominator is 0, never NaN.
 *
 * <p>Immutable and thread-safe.
 *
 * @param truePositives predicted claims matched to a gold claim
 * @param falsePositives predicted claims that match no gold claim
 * @param falseNegatives gold claims that no predicted claim matches
 */
public record ExtractionScore(int truePositives, int falsePositives, int falseNegatives) {

  public ExtractionScore {
    checkArgument(
        truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0,
        "counts must not be negative: truePositives=%s, falsePositives=%s, falseNegatives=%s",
        truePositives,
        falsePositives,
        falseNegatives);
  }

  /** No claims at all. */
  public static ExtractionScore none() {
    return new ExtractionScore(0, 0, 0);
  }

  /** How many claims the system predicted. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  /** How many claims the gold annotation has. */
  public int gold() {
    return truePositives + falseNegatives;
  }

  /** Matched over predicted, or 0 if nothing was predicted. */
  public double precision() {
    return predicted() == 0 ? 0.0 : (double) truePositives / predicted();
  }

  /** Matched over gold, or 0 if there is no gold claim. */
  public double recall() {
    return gold() == 0 ? 0.0 : (double) truePositives / gold();
  }

  /** The harmonic mean of precision and recall, or 0 if both are 0. */
  public double f1() {
    int denominator = predicted() + gold();
    // 2PR/(P+R) reduces to 2TP/(predicted+gold), which is exact and has no 0/0 case besides this.
    return denominator == 0 ? 0.0 : 2.0 * truePositives / denominator;
  }

  /** The counts of both scores summed. */
  public ExtractionScore plus(ExtractionScore other) {
    return new ExtractionScore(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }
}
