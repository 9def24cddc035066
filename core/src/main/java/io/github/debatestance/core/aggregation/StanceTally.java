package io.github.debatestance.core.aggregation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A running record of stance assessments, per stance: how many, their summed confidence, their
 * summed voting weight and the first few distinct evidence phrases. It is all that {@link
 * ActorStanceAggregator} needs to decide an overall stance, so a record of any length is decided
 * from a fixed amount of memory.
 *
 * <p>Mutable and not thread-safe.
 */
final class StanceTally {

  private final int maxEvidence;
  private final Map<Stance, Integer> count = new EnumMap<>(Stance.class);
  private final Map<Stance, Double> confidence = new EnumMap<>(Stance.class);
  private final Map<Stance, Double> weight = new EnumMap<>(Stance.class);
  private final Map<Stance, Set<String>> evidence = new EnumMap<>(Stance.class);

  /** @param maxEvidence how many distinct evidence phrases to keep per stance */
  StanceTally(int maxEvidence) {
    checkArgument(maxEvidence >= 0, "maxEvidence must not be negative: %s", maxEvidence);
    this.maxEvidence = maxEvidence;
    for (Stance s : Stance.values()) {
      count.put(s, 0);
      confidence.put(s, 0.0);
      weight.put(s, 0.0);
      evidence.put(s, new LinkedHashSet<>());
    }
  }

  /** A tally that keeps every evidence phrase, for records of known, small size. */
  static StanceTally unbounded() {
    return new StanceTally(Integer.MAX_VALUE);
  }

  /** Records one assessment that votes with {@code voteWeight}. */
  void add(StanceAssessment assessment, double voteWeight) {
    requireNonNull(assessment, "assessment");
    checkArgument(voteWeight >= 0.0, "voteWeight must not be negative: %s", voteWeight);
    Stance s = assessment.label();
    count.merge(s, 1, Integer::sum);
    confidence.merge(s, assessment.confidence(), Double::sum);
    weight.merge(s, voteWeight, Double::sum);
    addEvidence(s, assessment.evidence());
  }

  /** Adds everything {@code other} recorded to this tally. */
  void addAll(StanceTally other) {
    for (Stance s : Stance.values()) {
      count.merge(s, other.count.get(s), Integer::sum);
      confidence.merge(s, other.confidence.get(s), Double::sum);
      weight.merge(s, other.weight.get(s), Double::sum);
      addEvidence(s, other.evidence.get(s));
    }
  }

  private void addEvidence(Stance s, Iterable<String> phrases) {
    Set<String> kept = evidence.get(s);
    for (String phrase : phrases) {
      if (kept.size() >= maxEvidence) {
        return;
      }
      kept.add(phrase);
    }
  }

  int count(Stance s) {
    return count.get(s);
  }

  int total() {
    return count.values().stream().mapToInt(Integer::intValue).sum();
  }

  double confidenceSum(Stance s) {
    return confidence.get(s);
  }

  double weight(Stance s) {
    return weight.get(s);
  }

  List<String> evidence(Stance s) {
    return new ArrayList<>(evidence.get(s));
  }
}
