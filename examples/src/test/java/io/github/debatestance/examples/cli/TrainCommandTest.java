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
