package io.github.debatestance.core.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Locale;

/**
 * How far the confidences given with labels can be trusted: whether labels given with confidence
 * 0.8 are right about 8 times in 10. The labels are put in {@link #BINS} bins of equal width by
 * their confidence, and the expected calibration error is the gap between each bin's mean
 * confidence and its accuracy, averaged over the bins weighted by how many labels each holds. It is
 * 0 for confidences that are right exactly as often as they say, and near the gap between {@link
 * #meanConfidence()} and {@link #accuracy()} when all of them err one way.
 *
 * <p>Immutable and thread-safe.
 */
public final class Calibration {

  /** How many bins the confidences are put in: [0, 0.1), [0.1, 0.2), ..., [0.9, 1]. */
  public static final int BINS = 10;

  private static final Calibration EMPTY =
      new Calibration(new int[BINS], new int[BINS], new double[BINS]);

  // Per bin, never exposed, never changed after building.
  private final int[] labels;
  private final int[] right;
  private final double[] confidence;

  private Calibration(int[] labels, int[] right, double[] confidence) {
    this.labels = labels;
    this.right = right;
    this.confidence = confidence;
  }

  /** No labels. */
  public static Calibration empty() {
    return EMPTY;
  }

  /**
   * A copy with one more label, given with {@code confidence} and {@code right} or not.
   *
   * @throws IllegalArgumentException if the confidence is not a probability
   */
  public Calibration add(double confidence, boolean right) {
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must lie in [0, 1]: confidence=%s",
        confidence);
    int bin = Math.min(BINS - 1, (int) (confidence * BINS));
    Calibration copy = new Calibration(labels.clone(), this.right.clone(), this.confidence.clone());
    copy.labels[bin]++;
    copy.right[bin] += right ? 1 : 0;
    copy.confidence[bin] += confidence;
    return copy;
  }

  /** The labels of both, pooled. */
  public Calibration plus(Calibration other) {
    Calibration sum = new Calibration(labels.clone(), right.clone(), confidence.clone());
    for (int b = 0; b < BINS; b++) {
      sum.labels[b] += other.labels[b];
      sum.right[b] += other.right[b];
      sum.confidence[b] += other.confidence[b];
    }
    return sum;
  }

  /** How many labels there are. */
  public int count() {
    return Arrays.stream(labels).sum();
  }

  /** The mean confidence of the labels; 0 if there are none. */
  public double meanConfidence() {
    int n = count();
    return n == 0 ? 0.0 : Arrays.stream(confidence).sum() / n;
  }

  /** The share of the labels that are right; 0 if there are none. */
  public double accuracy() {
    int n = count();
    return n == 0 ? 0.0 : (double) Arrays.stream(right).sum() / n;
  }

  /** The expected calibration error, between 0 and 1; 0 if there are no labels. */
  public double expectedError() {
    int n = count();
    if (n == 0) {
      return 0.0;
    }
    // A bin's gap, |mean confidence - accuracy|, weighted by its share n_b / n, is |sum - right| / n.
    double gaps = 0.0;
    for (int b = 0; b < BINS; b++) {
      gaps += Math.abs(confidence[b] - right[b]);
    }
    return gaps / n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Calibration other
        && Arrays.equals(labels, other.labels)
        && Arrays.equals(right, other.right)
        && Arrays.equals(confidence, other.confidence);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(labels) + Arrays.hashCode(right))
        + Arrays.hashCode(confidence);
  }

  /** For example {@code 131 labels, mean confidence 0.873, accuracy 0.893, error 0.041}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d labels, mean confidence %.3f, accuracy %.3f, error %.3f",
        count(),
        meanConfidence(),
        accuracy(),
        expectedError());
  }
}
