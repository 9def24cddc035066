package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The scores of an analyzer on a corpus, micro-averaged: each figure's counts are summed over the
 * documents before the ratio is taken. Every ratio comes with its counts, and a ratio with a zero
 * denominator is 0, never NaN. The per-document scores and their mismatches are kept for debugging,
 * and give each measure an interval (see {@link #intervals()}).
 *
 * <p>Immutable and thread-safe.
 *
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
 * @param documents the score of each document, in corpus order
 */
public record EvaluationReport(
    ExtractionScore direct,
    ExtractionScore indirect,
    Ratio attribution,
    StanceConfusionMatrix stance,
    Calibration stanceCalibration,
    Ratio stanceEndToEnd,
    Ratio actorsFound,
    Ratio actorStance,
    List<DocumentScore> documents) {

  public EvaluationReport {
    requireNonNull(direct, "direct");
    requireNonNull(indirect, "indirect");
    requireNonNull(attribution, "attribution");
    requireNonNull(stance, "stance");
    requireNonNull(stanceCalibration, "stanceCalibration");
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
    Calibration calibration = Calibration.empty();
    Ratio endToEnd = Ratio.none();
    Ratio actorsFound = Ratio.none();
    Ratio actorStance = Ratio.none();
    for (DocumentScore d : documents) {
      direct = direct.plus(d.direct());
      indirect = indirect.plus(d.indirect());
      attribution = attribution.plus(d.attribution());
      stance = stance.plus(d.stance());
      calibration = calibration.plus(d.stanceCalibration());
      endToEnd = endToEnd.plus(d.stanceEndToEnd());
      actorsFound = actorsFound.plus(d.actorsFound());
      actorStance = actorStance.plus(d.actorStance());
    }
    return new EvaluationReport(
        direct,
        indirect,
        attribution,
        stance,
        calibration,
        endToEnd,
        actorsFound,
        actorStance,
        documents);
  }

  /** How many resampled corpora {@link #intervals()} scores. */
  public static final int RESAMPLES = 1000;

  /** The share of the resampled values that an interval holds. */
  public static final double LEVEL = 0.95;

  // Fixed, so that the same scores always give the same intervals.
  private static final long SEED = 20_160_617L;

  /**
   * The measures that {@link #intervals()} bounds, keyed by where {@link #toJson()} writes their
   * value, in the order of the text table.
   */
  static final ImmutableMap<String, ToDoubleFunction<EvaluationReport>> MEASURES =
      ImmutableMap.<String, ToDoubleFunction<EvaluationReport>>builder()
          .put("direct.precision", r -> r.direct().precision())
          .put("direct.recall", r -> r.direct().recall())
          .put("direct.f1", r -> r.direct().f1())
          .put("indirect.precision", r -> r.indirect().precision())
          .put("indirect.recall", r -> r.indirect().recall())
          .put("indirect.f1", r -> r.indirect().f1())
          .put("attribution.accuracy", r -> r.attribution().value())
          .put("stance.macroF1", EvaluationReport::stanceMacroF1)
          .put("stance.calibrationError", r -> r.stanceCalibration().expectedError())
          .put("stance.endToEnd", r -> r.stanceEndToEnd().value())
          .put("actors.found", r -> r.actorsFound().value())
          .put("actors.stanceAccuracy", r -> r.actorStance().value())
          .buildOrThrow();

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

  /**
   * A {@link #LEVEL} percentile bootstrap interval for each measure, keyed as {@link #toJson()}
   * writes the measure ({@code stance.macroF1}, {@code actors.stanceAccuracy}, ...). The documents
   * are drawn with replacement, as many as were scored, {@link #RESAMPLES} times, and each draw is
   * scored as a corpus: claims of one article share its writer and its speakers, so documents, not
   * claims, are the units that vary between corpora. The draws are seeded, so the same scores give
   * the same intervals. With fewer than two documents there is nothing to resample, and the map is
   * empty.
   */
  public Map<String, Interval> intervals() {
    int n = documents.size();
    if (n < 2) {
      return Map.of();
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Map<String, double[]> values = new LinkedHashMap<>();
    MEASURES.keySet().forEach(name -> values.put(name, new double[RESAMPLES]));
    List<DocumentScore> draw = new ArrayList<>(n);
    for (int b = 0; b < RESAMPLES; b++) {
      draw.clear();
      for (int i = 0; i < n; i++) {
        draw.add(documents.get(random.nextInt(n)));
      }
      EvaluationReport resampled = of(draw);
      for (Map.Entry<String, ToDoubleFunction<EvaluationReport>> m : MEASURES.entrySet()) {
        values.get(m.getKey())[b] = m.getValue().applyAsDouble(resampled);
      }
    }
    ImmutableMap.Builder<String, Interval> intervals = ImmutableMap.builder();
    double tail = (1.0 - LEVEL) / 2.0;
    for (Map.Entry<String, double[]> v : values.entrySet()) {
      double[] sorted = v.getValue();
      Arrays.sort(sorted);
      int low = (int) Math.floor(tail * (RESAMPLES - 1));
      int high = (int) Math.ceil((1.0 - tail) * (RESAMPLES - 1));
      intervals.put(v.getKey(), new Interval(sorted[low], sorted[high]));
    }
    return intervals.buildOrThrow();
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
   * stance.confusion}, {@code stance.meanConfidence}, {@code stance.accuracy}, {@code
   * stance.calibrationError}, {@code stance.endToEnd}, {@code actors.found}, {@code
   * actors.stanceAccuracy}, {@code intervals} with the {@link #intervals()} of these measures and
   * how they were drawn, and {@code perDocument} with each document's figures and mismatches.
   */
  public String toJson() {
    return ReportJson.render(this);
  }
}
