package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link StanceModel}: multinomial logistic regression with an L2 penalty, fitted by
 * full-batch AdaGrad from zero weights. Every step visits the statements and the features in a
 * fixed order, so the same statements always give the same model.
 *
 * <p>Immutable and thread-safe.
 *
 * @param l2 the weight of the L2 penalty on the feature weights (the bias is not penalised)
 * @param iterations how many full passes over the statements
 * @param learningRate the AdaGrad step size
 */
public record StanceTrainer(double l2, int iterations, double learningRate) {

  private static final int CLASSES = Stance.values().length;

  public StanceTrainer {
    checkArgument(l2 >= 0, "l2 must not be negative: l2=%s", l2);
    checkArgument(iterations > 0, "iterations must be positive: iterations=%s", iterations);
    checkArgument(learningRate > 0, "learningRate must be positive: learningRate=%s", learningRate);
  }

  /** The project's default settings. */
  public static StanceTrainer defaults() {
    return new StanceTrainer(1.0, 300, 0.3);
  }

  /**
   * Fits a model of the debate to the statements.
   *
   * @throws IllegalArgumentException if there are no statements
   */
  public StanceModel train(DebateDefinition debate, List<LabelledStatement> statements) {
    requireNonNull(debate, "debate");
    requireNonNull(statements, "statements");
    checkArgument(!statements.isEmpty(), "no statements to train on");
    ClaimFeatures reader = ClaimFeatures.of(debate);
    return train(debate, reader, statements);
  }

  StanceModel train(
      DebateDefinition debate, ClaimFeatures reader, List<LabelledStatement> statements) {
    Map<String, Integer> index = new TreeMap<>();
    List<FeatureVector> vectors = new ArrayList<>();
    for (LabelledStatement s : statements) {
      FeatureVector v = reader.extract(s.text());
      vectors.add(v);
      v.values().keySet().forEach(k -> index.putIfAbsent(k, 0));
    }
    List<String> names = new ArrayList<>(index.keySet());
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    int n = statements.size();
    int[][] ids = new int[n][];
    double[][] vals = new double[n][];
    int[] gold = new int[n];
    for (int i = 0; i < n; i++) {
      Map<String, Double> values = vectors.get(i).values();
      ids[i] = new int[values.size()];
      vals[i] = new double[values.size()];
      int j = 0;
      for (Map.Entry<String, Double> e : values.entrySet()) {
        ids[i][j] = index.get(e.getKey());
        vals[i][j] = e.getValue();
        j++;
      }
      gold[i] = statements.get(i).label().ordinal();
    }
    int bias = index.get("bias");
    int features = names.size();
    double[][] w = new double[features][CLASSES];
    double[][] squares = new double[features][CLASSES];
    double[][] grad = new double[features][CLASSES];
    for (int it = 0; it < iterations; it++) {
      for (double[] g : grad) {
        java.util.Arrays.fill(g, 0.0);
      }
      for (int i = 0; i < n; i++) {
        double[] score = new double[CLASSES];
        for (int j = 0; j < ids[i].length; j++) {
          for (int k = 0; k < CLASSES; k++) {
            score[k] += w[ids[i][j]][k] * vals[i][j];
          }
        }
        double[] p = StanceModel.softmax(score);
        p[gold[i]] -= 1.0;
        for (int j = 0; j < ids[i].length; j++) {
          for (int k = 0; k < CLASSES; k++) {
            grad[ids[i][j]][k] += p[k] * vals[i][j];
          }
        }
      }
      for (int f = 0; f < features; f++) {
        for (int k = 0; k < CLASSES; k++) {
          double g = grad[f][k] + (f == bias ? 0.0 : l2 * w[f][k]);
          squares[f][k] += g * g;
          if (squares[f][k] > 0) {
            w[f][k] -= learningRate * g / Math.sqrt(squares[f][k]);
          }
        }
      }
    }
    Map<String, double[]> weights = new TreeMap<>();
    for (int f = 0; f < features; f++) {
      weights.put(names.get(f), w[f]);
    }
    return new StanceModel(debate, reader, weights);
  }
}
