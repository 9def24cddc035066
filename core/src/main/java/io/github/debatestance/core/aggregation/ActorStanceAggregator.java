package io.github.debatestance.core.aggregation;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an actor's claims into one overall stance: a vote of the partisan claims, each weighted by
 * its confidence, with later claims weighing more so that a speaker who changes position ends where
 * their last claims stand. An empty or balanced record is {@link Stance#NEUTRAL}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorStanceAggregator {

  private final double recencyGain;
  private final double margin;

  /**
   * @param recencyGain how much more the last claim weighs than the first, at least 1
   * @param margin the share of the partisan weight by which one side must lead, in [0, 1)
   */
  public ActorStanceAggregator(double recencyGain, double margin) {
    checkArgument(recencyGain >= 1.0, "recencyGain must be at least 1: recencyGain=%s", recencyGain);
    checkArgument(
        margin >= 0.0 && margin < 1.0, "margin must lie in [0, 1): margin=%s", margin);
    this.recencyGain = recencyGain;
    this.margin = margin;
  }

  /** The aggregator with the project's default settings. */
  public static ActorStanceAggregator defaults() {
    return new ActorStanceAggregator(2.0, 0.2);
  }

  /** The overall stance of the given claims, taken in document order. */
  public StanceAssessment aggregate(List<Claim> claims) {
    Map<Stance, Double> weight = new EnumMap<>(Stance.class);
    for (Stance s : Stance.values()) {
      weight.put(s, 0.0);
    }
    List<String> evidence = new ArrayList<>();
    int n = claims.size();
    for (int i = 0; i < n; i++) {
      StanceAssessment a = claims.get(i).stance();
      double position = n == 1 ? 1.0 : (double) i / (n - 1);
      double w = a.confidence() * (1.0 + (recencyGain - 1.0) * position);
      weight.merge(a.label(), w, Double::sum);
    }
    double open = weight.get(Stance.PRO_OPEN_SOURCE);
    double closed = weight.get(Stance.PRO_SAFETY_CLOSED);
    double neutral = weight.get(Stance.NEUTRAL);
    double partisan = open + closed;
    if (partisan == 0.0 || Math.abs(open - closed) <= margin * partisan) {
      double total = partisan + neutral;
      double confidence = total == 0.0 ? 0.5 : Math.max(neutral, partisan / 2) / total;
      return StanceAssessment.neutral(clamp(confidence));
    }
    Stance winner = open > closed ? Stance.PRO_OPEN_SOURCE : Stance.PRO_SAFETY_CLOSED;
    double winnerConfidence = 0;
    int winnerClaims = 0;
    for (Claim c : claims) {
      if (c.stance().label() == winner) {
        c.stance().evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        winnerConfidence += c.stance().confidence();
        winnerClaims++;
      }
    }
    // The share of the record that backs the winner, scaled by how sure those claims are: one
    // hesitant claim must not make a certain actor.
    double share = weight.get(winner) / (partisan + neutral);
    return new StanceAssessment(winner, clamp(share * winnerConfidence / winnerClaims), evidence);
  }

  private static double clamp(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
