package io.github.debatestance.core.aggregation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.Stance;
import java.util.List;

/**
 * Which side a speaker's claim argues, if it argues one, as the speaker's other claims in the same
 * document suggest: a speaker seldom argues both sides within one article, while a reading of the
 * words alone most often errs between the two sides. The lean is an estimate of the probability of
 * {@link Stance#PRO_OPEN_SOURCE} against {@link Stance#PRO_SAFETY_CLOSED} from the other claims'
 * votes, each weighted by how far its confidence rises above chance (as {@link
 * ActorStanceAggregator} weighs them), with a pseudo-count for each side; the claim's own reading is
 * left out, and so are the other claims with the same words (a pull quote repeats its quotation and
 * must not vote for itself). Neutral claims say nothing of the side.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerLean {

  /** The lean of a speaker who says nothing of a side: no prior. */
  public static final double NONE = 0.5;

  private final double pseudoCount;

  /**
   * @param pseudoCount the weight each side has before any claim is read, positive; the smaller, the
   *     more one confident claim decides
   */
  public SpeakerLean(double pseudoCount) {
    checkArgument(pseudoCount > 0.0, "pseudoCount must be positive: pseudoCount=%s", pseudoCount);
    this.pseudoCount = pseudoCount;
  }

  /**
   * The lean with a pseudo-count of one half for each side: the Krichevsky–Trofimov (Jeffreys)
   * estimate of a two-valued source, under which one certain claim for a side gives odds of three
   * to one, two give five to one.
   */
  public static SpeakerLean defaults() {
    return new SpeakerLean(0.5);
  }

  /**
   * The probability that {@code claim}, if it argues a side, argues {@code PRO_OPEN_SOURCE}, from
   * the other claims of its speaker in the same document; {@link #NONE} when they argue no side.
   *
   * @param claim one of the speaker's claims
   * @param speakersClaims all the speaker's claims in the document, {@code claim} among them or not
   */
  public double of(Claim claim, List<Claim> speakersClaims) {
    requireNonNull(claim, "claim");
    double open = 0.0;
    double closed = 0.0;
    for (Claim other : speakersClaims) {
      if (other == claim || other.text().equals(claim.text())) {
        continue;
      }
      double weight = ActorStanceAggregator.aboveChance(other.stance());
      if (other.stance().label() == Stance.PRO_OPEN_SOURCE) {
        open += weight;
      } else if (other.stance().label() == Stance.PRO_SAFETY_CLOSED) {
        closed += weight;
      }
    }
    return (pseudoCount + open) / (2 * pseudoCount + open + closed);
  }
}
