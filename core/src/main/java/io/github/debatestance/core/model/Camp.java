package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The actors who share one overall stance, with the weight of what they said.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stance the stance the camp's members share
 * @param actorIds the members' actor ids, strongest first
 * @param claimCount how many claims the members made that take the camp's stance
 * @param meanConfidence the mean confidence of those claims, 0 when there are none
 */
public record Camp(Stance stance, List<String> actorIds, int claimCount, double meanConfidence) {

  public Camp {
    requireNonNull(stance, "stance");
    actorIds = List.copyOf(requireNonNull(actorIds, "actorIds"));
    checkArgument(claimCount >= 0, "claimCount must not be negative: claimCount=%s", claimCount);
    checkArgument(
        meanConfidence >= 0.0 && meanConfidence <= 1.0,
        "meanConfidence must lie in [0, 1]: meanConfidence=%s",
        meanConfidence);
  }

  /** The camp's strength: its claims weighted by their mean confidence. */
  public double strength() {
    return claimCount * meanConfidence;
  }
}
