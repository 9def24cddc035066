package io.github.debatestance.core.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A share with the counts behind it, such as 9 correct attributions of 10 scored. A share of
 * nothing is reported as 0, never NaN; {@link #total()} shows when that is the case.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count how many of the total were hits, at most {@code total}
 * @param total how many were scored
 */
public record Ratio(int count, int total) {

  public Ratio {
    checkArgument(count >= 0, "count must not be negative: count=%s", count);
    checkArgument(count <= total, "count must not exceed total: count=%s, total=%s", count, total);
  }

  /** No hits of nothing. */
  public static Ratio none() {
    return new Ratio(0, 0);
  }

  /** {@code count / total}, or 0 if nothing was scored. */
  public double value() {
    return total == 0 ? 0.0 : (double) count / total;
  }

  /** The two shares pooled: counts and totals summed. */
  public Ratio plus(Ratio other) {
    return new Ratio(count + other.count, total + other.total);
  }

  /** This share with one more item scored, a hit or not. */
  Ratio add(boolean hit) {
    return new Ratio(hit ? count + 1 : count, total + 1);
  }
}
