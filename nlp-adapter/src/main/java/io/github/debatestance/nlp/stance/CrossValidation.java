package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.debatestance.core.eval.Calibration;
import io.github.debatestance.core.eval.StanceConfusionMatrix;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates how well a trainer generalises from a set of labelled statements: stratified k-fold
 * cross-validation, where each label's statements go to the folds in turn, in file order, so the
 * split is the same on every run.
 *
 * <p>Stateless and thread-safe.
 */
public final class CrossValidation {

  private CrossValidation() {}

  /**
   * The pooled result of training on k-1 folds and labelling the held-out fold, k times.
   *
   * <p>Immutable and thread-safe.
   *
   * @param folds the number of folds, or 0 for statements held out from training altogether (see
   *     {@link #test})
   * @param statements how many statements were labelled
   * @param macroF1 the mean over the three positions of the F1 of each
   * @param accuracy the share of statements labelled right
   * @param meanConfidence the mean confidence of the labels given, to set against the accuracy
   * @param calibrationError the expected calibration error (see {@link Calibration}): the labels
   *     are put in ten bins by confidence, and the gaps between each bin's mean confidence and its
   *     accuracy are averaged, weighted by the bin's size; 0 for a perfectly calibrated model
   * @param confusion counts by gold position, then by predicted position
   * @param heldOut each statement as the model that did not see it read it, in the order of the
   *     statements given
   */
  public record Result(
      int folds,
      int statements,
      double macroF1,
      double accuracy,
      double meanConfidence,
      double calibrationError,
      Map<Stance, Map<Stance, Integer>> confusion,
      List<HeldOut> heldOut) {

    public Result {
      requireNonNull(confusion, "confusion");
      Map<Stance, Map<Stance, Integer>> copy = new EnumMap<>(Stance.class);
      confusion.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
      confusion = Map.copyOf(copy);
      heldOut = ImmutableList.copyOf(requireNonNull(heldOut, "heldOut"));
    }

    /** A short report of the figures and the confusion matrix. */
    public String toText() {
      StringBuilder s =
          new StringBuilder(
              String.format(
                  java.util.Locale.ROOT,
                  "%s on %d statements: macro-F1 %.3f, accuracy %.3f,"
                      + " mean confidence %.3f, expected calibration error %.3f%n",
                  folds == 0 ? "held-out test" : folds + "-fold cross-validation",
                  statements,
                  macroF1,
                  accuracy,
                  meanConfidence,
                  calibrationError));
      for (Stance gold : Stance.values()) {
        s.append(String.format(java.util.Locale.ROOT, "%-18s", gold));
        for (Stance predicted : Stance.values()) {
          s.append(String.format(java.util.Locale.ROOT, "%6d", confusion.get(gold).get(predicted)));
        }
        s.append(System.lineSeparator());
      }
      return s.toString();
    }
  }

  /**
   * One statement as read by the model trained on the other folds. A statement whose own label
   * gets a low probability here is worth reading again: it is often hard, sometimes mislabelled.
   *
   * <p>Immutable and thread-safe.
   *
   * @param statement the statement and its label
   * @param fold the fold it was held out in, from 0
   * @param predicted the position the model gave it
   * @param probabilities the model's probability of each position
   */
  public record HeldOut(
      LabelledStatement statement, int fold, Stance predicted, Map<Stance, Double> probabilities) {

    public HeldOut {
      requireNonNull(statement, "statement");
      requireNonNull(predicted, "predicted");
      checkArgument(fold >= 0, "fold must not be negative: fold=%s", fold);
      probabilities = ImmutableMap.copyOf(requireNonNull(probabilities, "probabilities"));
    }

    /** The probability the model gave the statement's own label. */
    public double labelProbability() {
      return probabilities.getOrDefault(statement.label(), 0.0);
    }
  }

  /** The fold of each statement: each label's statements go to the folds in turn, in order. */
  static int[] folds(List<LabelledStatement> statements, int folds) {
    int[] fold = new int[statements.size()];
    Map<Stance, Integer> seen = new EnumMap<>(Stance.class);
    for (int i = 0; i < statements.size(); i++) {
      int rank = seen.merge(statements.get(i).label(), 1, Integer::sum) - 1;
      fold[i] = rank % folds;
    }
    return fold;
  }

  /** Cross-validates the trainer on the statements of the debate. */
  public static Result run(
      DebateDefinition debate, List<LabelledStatement> statements, int folds, StanceTrainer trainer) {
    requireNonNull(debate, "debate");
    requireNonNull(statements, "statements");
    requireNonNull(trainer, "trainer");
    checkArgument(folds >= 2, "folds must be at least 2: folds=%s", folds);
    checkArgument(
        statements.size() >= folds,
        "fewer statements than folds: statements=%s, folds=%s",
        statements.size(),
        folds);
    int[] fold = folds(statements, folds);
    ClaimFeatures reader = ClaimFeatures.of(debate);
    HeldOut[] heldOut = new HeldOut[statements.size()];
    for (int k = 0; k < folds; k++) {
      List<LabelledStatement> train = new ArrayList<>();
      for (int i = 0; i < statements.size(); i++) {
        if (fold[i] != k) {
          train.add(statements.get(i));
        }
      }
      StanceModel model = trainer.train(debate, reader, train);
      for (int i = 0; i < statements.size(); i++) {
        if (fold[i] == k) {
          heldOut[i] = read(model, statements.get(i), k);
        }
      }
    }
    return summarise(folds, Arrays.asList(heldOut));
  }

  /**
   * How a trained model labels statements it was not trained on, in the same figures as a
   * cross-validation ({@link Result#folds()} is 0 and every statement's fold is 0): the measure
   * for a test set kept apart from the training statements.
   */
  public static Result test(StanceModel model, List<LabelledStatement> statements) {
    requireNonNull(model, "model");
    requireNonNull(statements, "statements");
    checkArgument(!statements.isEmpty(), "no statements to test");
    List<HeldOut> heldOut = new ArrayList<>();
    for (LabelledStatement s : statements) {
      heldOut.add(read(model, s, 0));
    }
    return summarise(0, heldOut);
  }

  private static HeldOut read(StanceModel model, LabelledStatement s, int fold) {
    StanceAssessment a = model.classify(s.text());
    return new HeldOut(s, fold, a.label(), model.probabilities(s.text()));
  }

  private static Result summarise(int folds, List<HeldOut> heldOut) {
    StanceConfusionMatrix matrix = StanceConfusionMatrix.empty();
    Calibration calibration = Calibration.empty();
    for (HeldOut h : heldOut) {
      Stance gold = h.statement().label();
      double p = h.probabilities().getOrDefault(h.predicted(), 0.0);
      matrix = matrix.add(gold, h.predicted());
      calibration = calibration.add(p, h.predicted() == gold);
    }
    // The mean over all three labels; one that no statement has and none is given scores 0.
    double f1Sum = 0;
    Map<Stance, Map<Stance, Integer>> confusion = new EnumMap<>(Stance.class);
    for (Stance g : Stance.values()) {
      f1Sum += matrix.f1(g);
      Map<Stance, Integer> row = new EnumMap<>(Stance.class);
      for (Stance p : Stance.values()) {
        row.put(p, matrix.count(g, p));
      }
      confusion.put(g, row);
    }
    return new Result(
        folds,
        heldOut.size(),
        f1Sum / Stance.values().length,
        calibration.accuracy(),
        calibration.meanConfidence(),
        calibration.expectedError(),
        confusion,
        heldOut);
  }
}
