package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The evaluation's argument checks; none of these loads a model. */
class EvaluateCommandTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DebateStanceCli.newCommandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void limitBelowOneIsAUsageError() {
    assertThat(run("evaluate", "--gold", dir.toString(), "--limit", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--limit must be at least 1: 0");
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    assertThat(run("evaluate", "--gold", dir.toString(), "--threads", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be at least 1: 0");
  }

  @Test
  void folderWithoutAnnotatedArticlesIsReportedBeforeAnyModelLoads() {
    assertThat(run("evaluate", "--gold", dir.toString(), "--compare-corenlp")).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("error: ")
        .contains("no annotated article")
        .contains(dir.toString());
  }
}
