package io.github.debatestance.core.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * The range within which a measure would likely fall on another corpus drawn like the one scored,
 * as {@link EvaluationReport#intervals()} estimates it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param low the lower bound
 * @param high the upper bound, at least {@code low}
 */
public record Interval(double low, double high) {

  public Interval {
    checkArgument(low <= high, "low must not exceed high: low=%s, high=%s", low, high);
  }

  /** Whether {@code value} lies within the bounds, both included. */
  public boolean contains(double value) {
    return low <= value && value <= high;
  }

  /** The bounds to three decimals, for example {@code 0.832-0.948}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.3f-%.3f", low, high);
  }
}
