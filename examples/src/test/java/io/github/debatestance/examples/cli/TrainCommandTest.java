package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.nlp.stance.DebateDefinition;
import io.github.debatestance.nlp.stance.StanceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DebateStanceCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static Path write(Path dir, String... lines) throws IOException {
    return Files.writeString(dir.resolve("data.jsonl"), String.join("\n", lines) + "\n");
  }

  @Test
  void trainsAModelThatTheAnalyzerCanLoad(@TempDir Path dir) throws IOException {
    Path data =
        write(
            dir,
            "{\"text\": \"Release the weights to everyone.\", \"label\": \"PRO_OPEN_SOURCE\"}",
            "{\"text\": \"Publishing the code is how science works.\", \"label\": \"PRO_OPEN_SOURCE\"}",
            "{\"text\": \"Keep the model closed until it is safe.\", \"label\": \"PRO_SAFETY_CLOSED\"}",
            "{\"text\": \"The risk of misuse is too high.\", \"label\": \"PRO_SAFETY_CLOSED\"}",
            "{\"text\": \"The meeting is on Friday.\", \"label\": \"NEUTRAL\"}",
            "{\"text\": \"The firm has 40 staff.\", \"label\": \"NEUTRAL\"}");
    Path model = dir.resolve("model.tsv");

    int exit = run("train", "--data", data.toString(), "--out", model.toString(), "--folds", "2");

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .startsWith("trained on 6 statements (PRO_OPEN_SOURCE 2, PRO_SAFETY_CLOSED 2, NEUTRAL 2)")
        .contains("2-fold cross-validation");
    StanceModel loaded = StanceModel.load(model, DebateDefinition.openSourceAi());
    assertThat(loaded.classify("Release the weights.").label()).isEqualTo(Stance.PRO_OPEN_SOURCE);
  }

  @Test
  void scoresTheModelOnATestFileKeptApartFromTraining(@TempDir Path dir) throws IOException {
    Path data =
        write(
            dir,
            "{\"text\": \"Release the weights to everyone.\", \"label\": \"PRO_OPEN_SOURCE\"}",
            "{\"text\": \"Keep the model closed until it is safe.\", \"label\": \"PRO_SAFETY_CLOSED\"}",
            "{\"text\": \"The meeting is on Friday.\", \"label\": \"NEUTRAL\"}");
    Path test =
        Files.writeString(
            dir.resolve("test.jsonl"),
            "{\"text\": \"Open weights for all.\", \"label\": \"PRO_OPEN_SOURCE\"}\n"
                + "{\"text\": \"The hearing is on Monday.\", \"label\": \"NEUTRAL\"}\n");

    int exit =
        run("train", "--data", data.toString(), "--out", dir.resolve("m.tsv").toString(),
            "--test", test.toString());

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains(test + ": held-out test on 2 statements: macro-F1 ")
        .doesNotContain("cross-validation");
  }

  @Test
  void aMissingTestFileFailsBeforeTraining(@TempDir Path dir) throws IOException {
    Path data =
        write(dir, "{\"text\": \"Release the weights.\", \"label\": \"PRO_OPEN_SOURCE\"}");
    Path model = dir.resolve("m.tsv");

    int exit =
        run("train", "--data", data.toString(), "--out", model.toString(),
            "--test", dir.resolve("absent.jsonl").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("absent.jsonl: no such file");
    assertThat(model).doesNotExist();
  }

  @Test
  void writesTheHeldOutPredictionsLeastLikelyLabelFirst(@TempDir Path dir) throws IOException {
    Path data =
        write(
            dir,
            "{\"text\": \"Publish the weights for everyone.\", \"label\": \"PRO_OPEN_SOURCE\"}",
            "{\"text\": \"Open weights let anyone check the model.\", \"label\": \"PRO_OPEN_SOURCE\"}",
            "{\"text\": \"Releasing the weights is too dangerous.\", \"label\": \"PRO_SAFETY_CLOSED\"}",
            "{\"text\": \"Keep the weights closed; misuse is too likely.\", \"label\": \"PRO_SAFETY_CLOSED\"}",
            "{\"text\": \"The office opens at nine.\", \"label\": \"NEUTRAL\"}",
            "{\"text\": \"Publish the weights so anyone can check them.\", \"label\": \"NEUTRAL\"}");
    Path predictions = dir.resolve("held-out.tsv");

    int exit =
        run(
            "train", "--data", data.toString(), "--out", dir.resolve("m.tsv").toString(),
            "--folds", "2", "--predictions", predictions.toString());

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines.get(0))
        .isEqualTo(
            "statement\tlabel\tpredicted\tlabel_probability\tPRO_OPEN_SOURCE\tPRO_SAFETY_CLOSED"
                + "\tNEUTRAL\ttext");
    assertThat(lines).hasSize(7);
    List<Double> labelProbabilities = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      assertThat(cells).hasSize(8);
      double p = Double.parseDouble(cells[3]);
      // The probability of its label is the one in that label's column.
      int column = 4 + List.of("PRO_OPEN_SOURCE", "PRO_SAFETY_CLOSED", "NEUTRAL").indexOf(cells[1]);
      assertThat(Double.parseDouble(cells[column])).isEqualTo(p);
      labelProbabilities.add(p);
    }
    assertThat(labelProbabilities).isSorted();
    // The neutral statement that argues for openness in the words of the open ones is the least
    // likely of its label.
    assertThat(lines.get(1)).startsWith("6\tNEUTRAL\tPRO_OPEN_SOURCE\t");
  }

  @Test
  void predictionsWithoutFoldsAreAUsageError(@TempDir Path dir) throws IOException {
    Path data = write(dir, "{\"text\": \"fine\", \"label\": \"NEUTRAL\"}");

    int exit =
        run(
            "train", "--data", data.toString(), "--out", dir.resolve("m").toString(),
            "--predictions", dir.resolve("p.tsv").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly("error: --predictions needs --folds of 2 or more");
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void aMissingDataFileGivesOneErrorLine(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");

    int exit = run("train", "--data", missing.toString(), "--out", dir.resolve("m").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly("error: " + missing + ": no such file");
  }

  @Test
  void aMalformedLineIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
    Path data = write(dir, "{\"text\": \"fine\", \"label\": \"NEUTRAL\"}", "{not json");

    int exit = run("train", "--data", data.toString(), "--out", dir.resolve("m").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .startsWith("error: " + data + ":2: not a JSON object");
  }

  @Test
  void anUnknownLabelIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
    Path data = write(dir, "{\"text\": \"Build more reactors.\", \"label\": \"PRO_NUCLEAR\"}");

    int exit = run("train", "--data", data.toString(), "--out", dir.resolve("m").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "error: " + data + ":1: unknown label \"PRO_NUCLEAR\"; expected one of PRO_OPEN_SOURCE,"
                + " PRO_SAFETY_CLOSED, NEUTRAL");
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void missingOptionsAreAUsageError() {
    assertThat(run("train")).isEqualTo(2);
  }
}
