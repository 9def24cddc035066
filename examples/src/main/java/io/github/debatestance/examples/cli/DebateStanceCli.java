package io.github.debatestance.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code debate-stance} command-line tool: {@code sample}, {@code analyze}, {@code corpus},
 * {@code evaluate}, {@code bench} and {@code train}. Run it with {@code java -jar examples/target/debate-stance.jar}.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "debate-stance",
    mixinStandardHelpOptions = true,
    versionProvider = DebateStanceCli.ManifestVersion.class,
    description = "Who said what in a public debate, and where each of them stands.",
    subcommands = {
      SampleCommand.class,
      AnalyzeCommand.class,
      CorpusCommand.class,
      EvaluateCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DebateStanceCli implements Callable<Integer> {

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    CommandLine commandLine = newCommandLine();
    // Claims quote the input verbatim, so print UTF-8 whatever the platform's default charset.
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    System.exit(commandLine.execute(args));
  }

  /**
   * The command line as {@link #main} runs it: an unexpected failure prints one {@code error:}
   * line, never a stack trace, and exits with status 1.
   */
  public static CommandLine newCommandLine() {
    return new CommandLine(new DebateStanceCli())
        .setExecutionExceptionHandler(new OneLineExceptionHandler());
  }

  /** Without a subcommand there is nothing to do: show the usage, as for any usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return spec.exitCodeOnInvalidInput();
  }

  /** A throwable's message, or its type where it has none, for one-line error reports. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Reports a command's exception as one line. Stateless and thread-safe. */
  static final class OneLineExceptionHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      err.println("error: " + describe(e));
      err.flush();
      return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }
  }

  /** The version written into the jar's manifest by the build. Stateless and thread-safe. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = DebateStanceCli.class.getPackage().getImplementationVersion();
      return new String[] {"debate-stance " + (version == null ? "(development build)" : version)};
    }
  }
}
