package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The scores of an analyzer on a corpus, micro-averaged: each figure's counts are summed over the
 * documents before the ratio is taken. Every ratio comes with its counts, and a ratio with a zero
 * denominator is 0, never NaN. The per-document scores and their mismatches are kept for debugging.
 *
 * <p>Immutable and thread-safe.
 *
 * @param direct extraction of {@code DIRECT} claims
 * @param indirect extraction of {@code INDIRECT} claims
 * @param attribution of the matched gold claims that have a speaker, those attributed right
 * @param stance gold against predicted stance on the matched claims that have a gold stance
 * @param stanceEndToEnd of all gold claims that have a stance, those both matched and labelled
 *     right
 * @param actorsFound of the gold actors, those a predicted actor matches
 * @param actorStance of the found gold actors that have a stance, those with the right overall
 *     stance
 * @param documents the score of each document, in corpus order
 */
public record EvaluationReport(
    ExtractionScore direct,
    ExtractionScore indirect,
    Ratio attribution,
    StanceConfusionMatrix stance,
    Ratio stanceEndToEnd,
    Ratio actorsFound,
    Ratio actorStance,
    List<DocumentScore> documents) {

  public EvaluationReport {
    requireNonNull(direct, "direct");
    requireNonNull(indirect, "indirect");
    requireNonNull(attribution, "attribution");
    requireNonNull(stance, "stance");
    requireNonNull(stanceEndToEnd, "stanceEndToEnd");
    requireNonNull(actorsFound, "actorsFound");
    requireNonNull(actorStance, "actorStance");
    documents = List.copyOf(requireNonNull(documents, "documents"));
  }

  /** The report of these documents, their counts summed. */
  public static EvaluationReport of(List<DocumentScore> documents) {
    ExtractionScore direct = ExtractionScore.none();
    ExtractionScore indirect = ExtractionScore.none();
    Ratio attribution = Ratio.none();
    StanceConfusionMatrix stance = StanceConfusionMatrix.empty();
    Ratio endToEnd = Ratio.none();
    Ratio actorsFound = Ratio.none();
    Ratio actorStance = Ratio.none();
    for (DocumentScore d : documents) {
      direct = direct.plus(d.direct());
      indirect = indirect.plus(d.indirect());
      attribution = attribution.plus(d.attribution());
      stance = stance.plus(d.stance());
      endToEnd = endToEnd.plus(d.stanceEndToEnd());
      actorsFound = actorsFound.plus(d.actorsFound());
      actorStance = actorStance.plus(d.actorStance());
    }
    return new EvaluationReport(
        direct, indirect, attribution, stance, endToEnd, actorsFound, actorStance, documents);
  }

  /** How many documents were scored. */
  public int documentCount() {
    return documents.size();
  }

  /**
   * The stance macro-F1 over the labels that occur; see {@link StanceConfusionMatrix#macroF1()}.
   */
  public double stanceMacroF1() {
    return stance.macroF1();
  }

  /** Every mismatch of every document, each prefixed with its document's id. */
  public List<String> mismatches() {
    return documents.stream()
        .flatMap(d -> d.mismatches().stream().map(m -> d.documentId() + ": " + m.describe()))
        .toList();
  }

  /** An aligned table for humans: one line per measure, with its value and counts. */
  public String toText() {
    return toText(false);
  }

  /**
   * An aligned table for humans; if {@code verbose}, followed by each document's scores and
   * mismatches.
   */
  public String toText(boolean verbose) {
    return ReportTable.render(this, verbose);
  }

  /**
   * The report as pretty-printed JSON with stable field names: {@code documents}, {@code
   * direct.precision}, {@code direct.recall}, {@code direct.f1} and their counts, the same under
   * {@code indirect}, {@code attribution.accuracy}, {@code stance.macroF1}, {@code
   * stance.confusion}, {@code stance.endToEnd}, {@code actors.found}, {@code
   * actors.stanceAccuracy}, and {@code perDocument} with each document's figures and mismatches.
   */
  public String toJson() {
    return ReportJson.render(this);
  }
}
