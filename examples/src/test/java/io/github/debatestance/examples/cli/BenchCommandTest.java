package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark's argument checks; none of these loads a model. */
class BenchCommandTest {

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
    assertThat(run("bench", "--limit", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--limit must be at least 1: 0");
  }

  @Test
  void negativeThreadRoundsIsAUsageError() {
    assertThat(run("bench", "--thread-rounds", "-1", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--thread-rounds must not be negative: -1");
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    assertThat(run("bench", "--threads", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be at least 1: 0");
  }

  @Test
  void noReadableTextIsReportedWithoutLoadingModels() {
    Path missing = dir.resolve("missing.txt");
    assertThat(run("bench", "--no-baseline", missing.toString())).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("error: " + missing + ": no such file", "error: no texts to benchmark");
  }
}
