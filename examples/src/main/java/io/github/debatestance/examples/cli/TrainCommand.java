package io.github.debatestance.examples.cli;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.nlp.stance.CrossValidation;
import io.github.debatestance.nlp.stance.DebateDefinition;
import io.github.debatestance.nlp.stance.LabelledStatement;
import io.github.debatestance.nlp.stance.StanceModel;
import io.github.debatestance.nlp.stance.StanceTrainer;
import io.github.debatestance.nlp.stance.TrainingData;
import io.github.debatestance.nlp.stance.TrainingDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: builds a stance model from a labelled JSON Lines file and saves it, for {@code
 * evaluate --stance-model} or {@code CoreNlpDebateAnalyzer.builder().stanceModel(...)}.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a stance model on labelled statements and save it.",
      "Each line of the data file is {\"text\": \"...\", \"label\": \"LABEL\"}, where LABEL is one of"
          + " the debate's labels (for the built-in debate: PRO_OPEN_SOURCE, PRO_SAFETY_CLOSED,"
          + " NEUTRAL)."
    },
    footer = {
      "",
      "A missing file, a malformed line or an unknown label gets one 'error:' line naming the file"
          + " and line. Exit status: 0 on success, 1 on bad input, 2 for a usage error."
    })
final class TrainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      required = true,
      description = "Labelled statements, JSON Lines.")
  private Path data;

  @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Where to save the model.")
  private Path out;

  @Option(
      names = "--debate",
      paramLabel = "DIR",
      description =
          "A debate definition folder (debate.tsv, targets.tsv); default: the built-in"
              + " open-source AI debate.")
  private Path debateDir;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "0",
      description = "Also report K-fold cross-validated macro-F1 on the data (default: none).")
  private int folds;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "With --folds: also write how the model that did not see each statement labelled it,"
              + " one tab-separated line a statement (its number in the file, its label, the"
              + " predicted label, the probability of its label, of each label, and its text),"
              + " the least likely labels first: the statements worth reading again.")
  private Path predictions;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description =
          "Also report how the trained model labels the statements of FILE, JSON Lines like"
              + " --data, kept apart from training; repeat for several files.")
  private List<Path> tests = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (predictions != null && folds < 2) {
      return usage(err, "--predictions needs --folds of 2 or more");
    }
    try {
      DebateDefinition debate =
          debateDir == null ? DebateDefinition.openSourceAi() : DebateDefinition.fromDirectory(debateDir);
      List<LabelledStatement> statements = statementsOf(data, debate);
      // Read before training, so that a bad test file fails at once.
      List<List<LabelledStatement>> testSets = new ArrayList<>();
      for (Path test : tests) {
        testSets.add(statementsOf(test, debate));
      }

      StanceTrainer trainer = StanceTrainer.defaults();
      StanceModel model = trainer.train(debate, statements);
      model.save(out);
      StringBuilder counts = new StringBuilder();
      for (Stance s : Stance.values()) {
        long n = statements.stream().filter(x -> x.label() == s).count();
        counts.append(counts.length() == 0 ? "" : ", ").append(debate.label(s)).append(' ').append(n);
      }
      stdout.println(
          "trained on " + statements.size() + " statements (" + counts + "); "
              + model.featureCount() + " features; calibrated temperature "
              + String.format(java.util.Locale.ROOT, "%.3f", model.temperature())
              + "; saved to " + out);
      for (int i = 0; i < tests.size(); i++) {
        stdout.print(tests.get(i) + ": " + CrossValidation.test(model, testSets.get(i)).toText());
      }
      if (folds >= 2) {
        if (statements.size() < folds) {
          return fail(err, data + ": fewer statements than folds (" + folds + ")");
        }
        CrossValidation.Result result = CrossValidation.run(debate, statements, folds, trainer);
        stdout.print(result.toText());
        if (predictions != null) {
          writePredictions(debate, result, predictions);
          stdout.println("held-out predictions saved to " + predictions);
        }
      }
      stdout.flush();
      return 0;
    } catch (InputException | TrainingDataException e) {
      return fail(err, e.getMessage());
    } catch (NoSuchFileException e) {
      return fail(err, e.getFile() + ": no such file");
    } catch (IOException e) {
      return fail(err, DebateStanceCli.describe(e));
    }
  }

  /** The labelled statements of a JSON Lines file, which must be a file and hold at least one. */
  private static List<LabelledStatement> statementsOf(Path file, DebateDefinition debate)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, Files.exists(file) ? "not a file" : "no such file");
    }
    List<LabelledStatement> statements = TrainingData.read(file, debate);
    if (statements.isEmpty()) {
      throw new InputException(file, "no statements");
    }
    return statements;
  }

  /**
   * The held-out predictions, least likely label first, each with its number among the file's
   * statements, from 1 (blank lines are not statements).
   */
  private static void writePredictions(
      DebateDefinition debate, CrossValidation.Result result, Path file) throws IOException {
    List<CrossValidation.HeldOut> heldOut = result.heldOut();
    Integer[] order = new Integer[heldOut.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> heldOut.get(i).labelProbability()));
    StringBuilder header = new StringBuilder("statement\tlabel\tpredicted\tlabel_probability");
    for (Stance s : Stance.values()) {
      header.append('\t').append(debate.label(s));
    }
    List<String> lines = new ArrayList<>();
    lines.add(header.append("\ttext").toString());
    for (int i : order) {
      CrossValidation.HeldOut h = heldOut.get(i);
      StringBuilder line =
          new StringBuilder()
              .append(i + 1)
              .append('\t')
              .append(debate.label(h.statement().label()))
              .append('\t')
              .append(debate.label(h.predicted()))
              .append('\t')
              .append(probability(h.labelProbability()));
      for (Stance s : Stance.values()) {
        line.append('\t').append(probability(h.probabilities().getOrDefault(s, 0.0)));
      }
      // A tab or line break inside a statement would break the columns.
      lines.add(line.append('\t').append(h.statement().text().replaceAll("\\s", " ")).toString());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static String probability(double p) {
    return String.format(Locale.ROOT, "%.4f", p);
  }

  private static int usage(PrintWriter err, String message) {
    err.println("error: " + message);
    err.flush();
    return 2;
  }

  private static int fail(PrintWriter err, String message) {
    err.println("error: " + message);
    err.flush();
    return 1;
  }
}
