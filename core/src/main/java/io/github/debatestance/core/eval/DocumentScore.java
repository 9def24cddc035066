package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The scores of one article: counts for each measure that FORMAT.md defines, and the mismatches
 * behind them. {@link EvaluationReport} sums these counts over a corpus.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the gold document's id
 * @param direct extraction of {@code DIRECT} claims
 * @param indirect extraction of {@code INDIRECT} claims
 * @param attribution of the matched gold claims that have a speaker, those attributed right
 * @param stance gold against predicted stance on the matched claims that have a gold stance
 * @param stanceCalibration the confidence of the predicted stance on those claims against whether
 *     it is right
 * @param stanceEndToEnd of all gold claims that have a stance, those both matched and labelled
 *     right
 * @param actorsFound of the gold actors, those a predicted actor matches
 * @param actorStance of the found gold actors that have a stance, those with the right overall
 *     stance
 * @param mismatches every difference found, for debugging: missed, spurious and wrongly labelled
 *     claims, missed actors and wrong actor stances
 */
public record DocumentScore(
    String documentId,
    ExtractionScore direct,
    ExtractionScore indirect,
    Ratio attribution,
    StanceConfusionMatrix stance,
    Calibration stanceCalibration,
    Ratio stanceEndToEnd,
    Ratio actorsFound,
    Ratio actorStance,
    List<Mismatch> mismatches) {

  public DocumentScore {
    requireNonNull(documentId, "documentId");
    requireNonNull(direct, "direct");
    requireNonNull(indirect, "indirect");
    requireNonNull(attribution, "attribution");
    requireNonNull(stance, "stance");
    requireNonNull(stanceCalibration, "stanceCalibration");
    requireNonNull(stanceEndToEnd, "stanceEndToEnd");
    requireNonNull(actorsFound, "actorsFound");
    requireNonNull(actorStance, "actorStance");
    mismatches = List.copyOf(requireNonNull(mismatches, "mismatches"));
  }
}
