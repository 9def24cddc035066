package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.debatestance.core.aggregation.SpeakerLean;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.spi.StanceClassifier;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A trained linear stance model for one debate: a multinomial logistic regression over the
 * target-aware features of a claim's words. Its confidence is the model's probability of the label
 * it gives, and its evidence the words of the claim that pushed hardest toward that label.
 *
 * <p>Train one with {@link #train(DebateDefinition)} or a {@link StanceTrainer}, save it with
 * {@link #save(Path)} and read it back with {@link #load(Path, DebateDefinition)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class StanceModel implements StanceClassifier {

  /** The most words of evidence an assessment carries. */
  public static final int MAX_EVIDENCE = 3;

  private static final String HEADER = "# debate-stance linear stance model";
  private static final String TEMPERATURE = "temperature\t";
  private static final Stance[] CLASSES = Stance.values();

  private final DebateDefinition debate;
  private final ClaimFeatures features;
  private final ImmutableMap<String, double[]> weights;
  private final double temperature;

  StanceModel(
      DebateDefinition debate,
      ClaimFeatures features,
      Map<String, double[]> weights,
      double temperature) {
    this.debate = requireNonNull(debate, "debate");
    this.features = requireNonNull(features, "features");
    checkArgument(
        temperature > 0 && Double.isFinite(temperature),
        "temperature must be positive and finite: temperature=%s",
        temperature);
    ImmutableMap.Builder<String, double[]> copy = ImmutableMap.builder();
    weights.forEach((k, v) -> copy.put(k, v.clone()));
    this.weights = copy.build();
    this.temperature = temperature;
  }

  /** A model trained on the statements that ship with the debate, with the default settings. */
  public static StanceModel train(DebateDefinition debate) {
    return StanceTrainer.defaults().train(debate, debate.trainingStatements());
  }

  /**
   * The model that ships with the debate ({@code model.tsv} in its folder, as {@link #save} wrote
   * it), or, if it ships none, one trained on its statements with the default settings. Loading
   * takes a fraction of the time that training does.
   *
   * @throws IllegalArgumentException if the debate's saved model cannot be read
   */
  public static StanceModel forDebate(DebateDefinition debate) {
    requireNonNull(debate, "debate");
    String source = debate.modelSource();
    try (InputStream in = debate.openModel()) {
      if (in == null) {
        return train(debate);
      }
      return read(new BufferedReader(new InputStreamReader(in, UTF_8)), source, debate);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the model of the debate " + debate.id() + ": " + e.getMessage(), e);
    }
  }

  /** The debate whose axis this model labels. */
  public DebateDefinition debate() {
    return debate;
  }

  /** How many features carry a weight. */
  public int featureCount() {
    return weights.size();
  }

  /**
   * What the model's scores are divided by before they become probabilities: above 1 when the raw
   * model was too sure of itself on statements it had not seen, 1 for an uncalibrated model.
   */
  public double temperature() {
    return temperature;
  }

  @Override
  public StanceAssessment classify(String claimText) {
    return classify(claimText, SpeakerLean.NONE);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The two sides' probabilities are multiplied by the prior ({@code openLean} and one less it)
   * and scaled back to their sum, so that the probability of {@code NEUTRAL} stays what the words
   * give it: the prior decides between the sides, not whether the claim takes one.
   */
  @Override
  public StanceAssessment classify(String claimText, double openLean) {
    requireNonNull(claimText, "claimText");
    checkArgument(
        openLean > 0.0 && openLean < 1.0, "openLean must lie in (0, 1): openLean=%s", openLean);
    FeatureVector v = features.extract(claimText);
    double[] p = withLean(probabilities(v), openLean);
    int best = 0;
    for (int k = 1; k < CLASSES.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return new StanceAssessment(CLASSES[best], clamp(p[best]), evidence(v, best));
  }

  /** The model's probability of each position for the claim. */
  public Map<Stance, Double> probabilities(String claimText) {
    double[] p = probabilities(features.extract(requireNonNull(claimText, "claimText")));
    Map<Stance, Double> result = new EnumMap<>(Stance.class);
    for (int k = 0; k < CLASSES.length; k++) {
      result.put(CLASSES[k], p[k]);
    }
    return ImmutableMap.copyOf(result);
  }

  private static double[] withLean(double[] p, double openLean) {
    if (openLean == SpeakerLean.NONE) {
      return p;
    }
    int open = Stance.PRO_OPEN_SOURCE.ordinal();
    int closed = Stance.PRO_SAFETY_CLOSED.ordinal();
    double sides = p[open] + p[closed];
    double leaned = p[open] * openLean + p[closed] * (1.0 - openLean);
    if (leaned == 0.0) {
      return p;
    }
    double[] q = p.clone();
    q[open] = sides * p[open] * openLean / leaned;
    q[closed] = sides * p[closed] * (1.0 - openLean) / leaned;
    return q;
  }

  double[] probabilities(FeatureVector v) {
    double[] score = scores(weights, v);
    for (int k = 0; k < score.length; k++) {
      score[k] /= temperature;
    }
    return softmax(score);
  }

  /** The linear score of each position: the sum of the features' weights times their values. */
  static double[] scores(Map<String, double[]> weights, FeatureVector v) {
    double[] score = new double[CLASSES.length];
    for (Map.Entry<String, Double> e : v.values().entrySet()) {
      double[] w = weights.get(e.getKey());
      if (w != null) {
        for (int k = 0; k < score.length; k++) {
          score[k] += w[k] * e.getValue();
        }
      }
    }
    return score;
  }

  static double[] softmax(double[] score) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] p = new double[score.length];
    for (int k = 0; k < score.length; k++) {
      p[k] = Math.exp(score[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < score.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** The words behind the features that favour the label over the others most. */
  private List<String> evidence(FeatureVector v, int label) {
    record Push(String feature, double amount) {}
    List<Push> pushes = new ArrayList<>();
    for (Map.Entry<String, Double> e : v.values().entrySet()) {
      double[] w = weights.get(e.getKey());
      if (w == null || v.surfaces(e.getKey()).isEmpty()) {
        continue;
      }
      double others = 0;
      for (int k = 0; k < w.length; k++) {
        others += k == label ? 0 : w[k] / (w.length - 1);
      }
      double amount = (w[label] - others) * e.getValue();
      if (amount > 0) {
        pushes.add(new Push(e.getKey(), amount));
      }
    }
    pushes.sort(Comparator.comparingDouble(Push::amount).reversed().thenComparing(Push::feature));
    List<String> words = new ArrayList<>();
    for (Push push : pushes) {
      for (String s : v.surfaces(push.feature())) {
        if (words.size() < MAX_EVIDENCE && words.stream().noneMatch(w -> overlapping(w, s))) {
          words.add(s);
        }
      }
    }
    return words;
  }

  private static boolean overlapping(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    return x.contains(y) || y.contains(x);
  }

  private static double clamp(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }

  /**
   * Writes the model as text: a header, the debate, its labels and the temperature, then one
   * feature a line.
   */
  public void save(Path file) throws IOException {
    requireNonNull(file, "file");
    try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
      out.write(HEADER + "\n");
      out.write("debate\t" + debate.id() + "\n");
      out.write("labels\t" + String.join("\t", debate.labels()) + "\n");
      out.write(TEMPERATURE + temperature + "\n");
      for (Map.Entry<String, double[]> e : weights.entrySet()) {
        StringBuilder line = new StringBuilder(e.getKey());
        for (double w : e.getValue()) {
          line.append('\t').append(w);
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  /**
   * Reads a model that {@link #save(Path)} wrote, for the given debate.
   *
   * @throws IOException if the file cannot be read, is not a model, or belongs to another debate;
   *     the message names the file and, for a malformed line, its number
   */
  public static StanceModel load(Path file, DebateDefinition debate) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(debate, "debate");
    try (BufferedReader in = Files.newBufferedReader(file, UTF_8)) {
      return read(in, file.toString(), debate);
    }
  }

  private static StanceModel read(BufferedReader in, String file, DebateDefinition debate)
      throws IOException {
    Map<String, double[]> weights = new java.util.LinkedHashMap<>();
    String header = in.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException(file + ":1: not a debate-stance model");
    }
    String debateLine = in.readLine();
    String expected = "debate\t" + debate.id();
    if (!expected.equals(debateLine)) {
      throw new IOException(
          file + ":2: the model is for another debate: expected '" + debate.id() + "', found '"
              + (debateLine == null ? "" : debateLine.replace("debate\t", "")) + "'");
    }
    String labelLine = in.readLine();
    if (!("labels\t" + String.join("\t", debate.labels())).equals(labelLine)) {
      throw new IOException(file + ":3: the labels differ from the debate's " + debate.labels());
    }
    int number = 3;
    // Models saved before calibration have no temperature line: theirs is 1.
    double temperature = 1.0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (number == 4 && line.startsWith(TEMPERATURE)) {
        try {
          temperature = Double.parseDouble(line.substring(TEMPERATURE.length()));
        } catch (NumberFormatException e) {
          throw new IOException(file + ":4: not a temperature: " + e.getMessage(), e);
        }
        if (!(temperature > 0 && Double.isFinite(temperature))) {
          throw new IOException(file + ":4: the temperature must be positive: " + temperature);
        }
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != CLASSES.length + 1) {
        throw new IOException(
            file + ":" + number + ": expected a feature and " + CLASSES.length + " weights");
      }
      double[] w = new double[CLASSES.length];
      try {
        for (int k = 0; k < w.length; k++) {
          w[k] = Double.parseDouble(fields[k + 1]);
        }
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + number + ": not a number: " + e.getMessage(), e);
      }
      weights.put(fields[0], w);
    }
    return new StanceModel(debate, ClaimFeatures.of(debate), weights, temperature);
  }

  @Override
  public String toString() {
    return "StanceModel[" + debate.id() + ", " + weights.size() + " features, temperature "
        + temperature + "]";
  }
}
