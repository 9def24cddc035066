package io.github.debatestance.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.List;

/**
 * The overall stance of an actor across a corpus, from the stances of all their claims: each claim
 * votes for its label with its confidence as weight, and the label with the most weight wins.
 *
 * <p>When no label leads alone (two labels tie for the most weight), the record is balanced and the
 * actor is {@link Stance#NEUTRAL}; an actor with no claims is {@code NEUTRAL} with confidence 0.
 * The confidence is the share of all weight that backs the result; for a balanced record the tied
 * labels cancel out and all count as backing {@code NEUTRAL}, along with the neutral claims.
 *
 * <p>Unlike the per-document aggregation in core, this vote ignores the order of the claims:
 * articles of a corpus come in no meaningful order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param openWeight the summed confidence of the actor's {@code PRO_OPEN_SOURCE} claims
 * @param closedWeight the summed confidence of their {@code PRO_SAFETY_CLOSED} claims
 * @param neutralWeight the summed confidence of their {@code NEUTRAL} claims
 */
public record CorpusStanceVote(double openWeight, double closedWeight, double neutralWeight) {

  /** Weights closer than this count as a tie, so that rounding cannot pick a side. */
  private static final double TIE = 1e-9;

  public CorpusStanceVote {
    checkArgument(
        openWeight >= 0 && closedWeight >= 0 && neutralWeight >= 0,
        "weights must not be negative: open=%s, closed=%s, neutral=%s",
        openWeight,
        closedWeight,
        neutralWeight);
  }

  /** The winning label and the share of the weight behind it; no evidence. */
  public StanceAssessment result() {
    double total = openWeight + closedWeight + neutralWeight;
    if (total <= TIE) {
      return StanceAssessment.neutral(0.0);
    }
    double top = Math.max(openWeight, Math.max(closedWeight, neutralWeight));
    boolean openTop = openWeight >= top - TIE;
    boolean closedTop = closedWeight >= top - TIE;
    boolean neutralTop = neutralWeight >= top - TIE;
    int leaders = (openTop ? 1 : 0) + (closedTop ? 1 : 0) + (neutralTop ? 1 : 0);
    if (leaders == 1 && !neutralTop) {
      Stance winner = openTop ? Stance.PRO_OPEN_SOURCE : Stance.PRO_SAFETY_CLOSED;
      return new StanceAssessment(winner, clamp(top / total), List.of());
    }
    // A tie for the lead: the tied sides cancel out, and all of their weight backs NEUTRAL.
    boolean tie = leaders > 1;
    double backing =
        neutralWeight + (tie && openTop ? openWeight : 0) + (tie && closedTop ? closedWeight : 0);
    return StanceAssessment.neutral(clamp(backing / total));
  }

  private static double clamp(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
