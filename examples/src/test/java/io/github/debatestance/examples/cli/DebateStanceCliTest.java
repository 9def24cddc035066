package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DebateStanceCliTest {

  @Test
  void unexpectedExceptionIsReportedAsOneLineWithExitCodeOne() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = DebateStanceCli.newCommandLine();
    cli.setErr(new PrintWriter(err, true));

    int exit =
        cli.getExecutionExceptionHandler()
            .handleExecutionException(new IllegalStateException("models not found"), cli, null);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("error: models not found" + System.lineSeparator());
  }

  @Test
  void exceptionWithoutMessageIsNamedByItsType() {
    assertThat(DebateStanceCli.describe(new NullPointerException())).isEqualTo("NullPointerException");
  }

  @Test
  void noSubcommandIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = DebateStanceCli.newCommandLine();
    cli.setErr(new PrintWriter(err, true));

    assertThat(cli.execute()).isEqualTo(2);
    assertThat(err.toString()).contains("analyze").contains("evaluate").contains("sample");
  }

  @Test
  void evaluateWithMissingGoldDirectoryGivesOneErrorLine() {
    StringWriter err = new StringWriter();
    CommandLine cli = DebateStanceCli.newCommandLine();
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("evaluate", "--gold", "/nonexistent/gold");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("error: /nonexistent/gold: no such directory");
  }
}
