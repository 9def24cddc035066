package io.github.debatestance.core.aggregation;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.List;

/**
 * Turns an actor's claims into one overall stance: a vote of the partisan claims, each weighted by
 * how far its confidence rises above chance, with later claims weighing more so that a speaker who
 * changes position ends where their last claims stand. An empty or balanced record is {@link
 * Stance#NEUTRAL}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorStanceAggregator {

  /** The confidence of a guess among the stances, which says nothing about the claim. */
  private static final double CHANCE = 1.0 / Stance.values().length;

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
    StanceTally tally = StanceTally.unbounded();
    for (int i = 0; i < claims.size(); i++) {
      StanceAssessment a = claims.get(i).stance();
      tally.add(a, voteWeight(a, i, claims.size()));
    }
    return decide(tally);
  }

  /**
   * The weight with which the claim at {@code index} of a speaker's {@code count} claims in one
   * document votes: its confidence above chance, scaled to [0, 1], raised for later claims. A claim
   * the classifier barely preferred to the other labels is close to a guess; weighed by its plain
   * confidence, one such late claim could cancel an earlier certain one.
   */
  double voteWeight(StanceAssessment claimStance, int index, int count) {
    double position = count == 1 ? 1.0 : (double) index / (count - 1);
    return aboveChance(claimStance) * (1.0 + (recencyGain - 1.0) * position);
  }

  /** How far the assessment's confidence rises above chance, scaled to [0, 1]. */
  static double aboveChance(StanceAssessment claimStance) {
    return Math.max(0.0, claimStance.confidence() - CHANCE) / (1.0 - CHANCE);
  }

  /**
   * The overall stance of a tallied record, by the same vote as {@link #aggregate}: the caller
   * chose each assessment's weight. The corpus view weighs each claim as its own document does,
   * and adds no weight between documents, since the order in which a corpus is read says nothing
   * about time.
   */
  StanceAssessment decide(StanceTally tally) {
    double open = tally.weight(Stance.PRO_OPEN_SOURCE);
    double closed = tally.weight(Stance.PRO_SAFETY_CLOSED);
    double neutral = tally.weight(Stance.NEUTRAL);
    double partisan = open + closed;
    if (partisan == 0.0 || Math.abs(open - closed) <= margin * partisan) {
      double total = partisan + neutral;
      double confidence = total == 0.0 ? 0.5 : Math.max(neutral, partisan / 2) / total;
      return StanceAssessment.neutral(clamp(confidence));
    }
    Stance winner = open > closed ? Stance.PRO_OPEN_SOURCE : Stance.PRO_SAFETY_CLOSED;
    double winnerConfidence = tally.confidenceSum(winner) / tally.count(winner);
    // The share of the record that backs the winner, scaled by how sure those claims are: one
    // hesitant claim must not make a certain actor.
    double share = tally.weight(winner) / (partisan + neutral);
    return new StanceAssessment(
        winner, clamp(share * winnerConfidence), tally.evidence(winner));
  }

  private static double clamp(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
