package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Stance;
import java.util.Arrays;

/**
 * Counts of gold stance against predicted stance over scored claims, with the per-label and
 * macro-averaged F1 that follow from them. A figure with a zero denominator is 0, never NaN.
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceConfusionMatrix {

  private static final int N = Stance.values().length;
  private static final StanceConfusionMatrix EMPTY = new StanceConfusionMatrix(new int[N * N]);

  // Row-major by gold ordinal, then predicted ordinal; never exposed, never changed after building.
  private final int[] counts;

  private StanceConfusionMatrix(int[] counts) {
    this.counts = counts;
  }

  /** The matrix of no claims. */
  public static StanceConfusionMatrix empty() {
    return EMPTY;
  }

  /**
   * A copy of this matrix with one more claim, labelled {@code gold} and predicted {@code
   * predicted}.
   */
  public StanceConfusionMatrix add(Stance gold, Stance predicted) {
    requireNonNull(gold, "gold");
    requireNonNull(predicted, "predicted");
    int[] copy = counts.clone();
    copy[index(gold, predicted)]++;
    return new StanceConfusionMatrix(copy);
  }

  /** The cell-wise sum of the two matrices. */
  public StanceConfusionMatrix plus(StanceConfusionMatrix other) {
    int[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new StanceConfusionMatrix(sum);
  }

  /** How many claims labelled {@code gold} were predicted {@code predicted}. */
  public int count(Stance gold, Stance predicted) {
    return counts[index(gold, predicted)];
  }

  /** How many claims were scored. */
  public int total() {
    return Arrays.stream(counts).sum();
  }

  /** How many scored claims have this gold label. */
  public int goldCount(Stance label) {
    int sum = 0;
    for (Stance predicted : Stance.values()) {
      sum += count(label, predicted);
    }
    return sum;
  }

  /** How many scored claims were predicted with this label. */
  public int predictedCount(Stance label) {
    int sum = 0;
    for (Stance gold : Stance.values()) {
      sum += count(gold, label);
    }
    return sum;
  }

  /** Of the claims predicted {@code label}, the share that have it in gold; 0 if none was. */
  public double precision(Stance label) {
    int predicted = predictedCount(label);
    return predicted == 0 ? 0.0 : (double) count(label, label) / predicted;
  }

  /** Of the claims with gold {@code label}, the share predicted so; 0 if there are none. */
  public double recall(Stance label) {
    int gold = goldCount(label);
    return gold == 0 ? 0.0 : (double) count(label, label) / gold;
  }

  /** The F1 of one label, or 0 if it has neither gold nor predicted claims, or no hit. */
  public double f1(Stance label) {
    int denominator = goldCount(label) + predictedCount(label);
    return denominator == 0 ? 0.0 : 2.0 * count(label, label) / denominator;
  }

  /**
   * The mean F1 over the labels that occur, in gold or in prediction. A label that occurs in
   * neither is left out of the mean rather than counted as a perfect or a zero score, since nothing
   * was asked of it. 0 if no claim was scored.
   */
  public double macroF1() {
    double sum = 0.0;
    int labels = 0;
    for (Stance label : Stance.values()) {
      if (goldCount(label) + predictedCount(label) > 0) {
        sum += f1(label);
        labels++;
      }
    }
    return labels == 0 ? 0.0 : sum / labels;
  }

  private static int index(Stance gold, Stance predicted) {
    return gold.ordinal() * N + predicted.ordinal();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StanceConfusionMatrix other && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** The rows, gold label first, for example {@code {PRO_OPEN_SOURCE=[3, 1, 0], ...}}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (Stance gold : Stance.values()) {
      s.append(gold.ordinal() == 0 ? "" : ", ")
          .append(gold)
          .append('=')
          .append(
              Arrays.toString(
                  Arrays.copyOfRange(counts, gold.ordinal() * N, (gold.ordinal() + 1) * N)));
    }
    return s.append('}').toString();
  }
}
