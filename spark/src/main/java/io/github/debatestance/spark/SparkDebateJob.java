package io.github.debatestance.spark;

import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line of {@link DebateJob}, the main class of the job jar for {@code spark-submit}.
 *
 * <p>Exit status: 0 when every article was analysed, 1 when the job failed or some articles could
 * not be analysed (the tables are still written), 2 for a usage error. Every error is one line on
 * standard error.
 *
 * <p>Not thread-safe: picocli fills its fields; use one instance per run.
 */
@Command(
    name = "debate-stance-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses news articles about a debate on Apache Spark and writes its claims and actors.",
      "Writes the tables claims, actors, corpus_actors and failures under --output."
    })
public final class SparkDebateJob implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "The articles: a directory of .txt files, or JSON Lines or Parquet files with "
          + "'id' and 'text' columns.")
  private String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, jsonl or parquet (default: ${DEFAULT-VALUE}).")
  private InputFormat inputFormat;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "The directory to write the tables to; it must not exist yet.")
  private String output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet or jsonl (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master, such as local[2]. Leave it out under spark-submit.")
  private String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "How many partitions to analyse in (default: three per core of the cluster).")
  private int partitions;

  @Option(names = "--max-chars", paramLabel = "N",
      defaultValue = "" + CoreNlpDebateAnalyzer.DEFAULT_MAX_CHARS,
      description = "The longest article to analyse, in characters (default: ${DEFAULT-VALUE}).")
  private int maxChars;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  private boolean overwrite;

  @Spec private CommandSpec spec;

  /** Runs the job and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@link #main} and for tests. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SparkDebateJob());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, args) -> {
          e.getCommandLine()
              .getErr()
              .println("error: " + e.getMessage() + " (see --help)");
          return 2;
        });
    return cli;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // A session that already runs in this JVM belongs to its owner; only one made here is stopped.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = null;
    try {
      JobOptions options =
          new JobOptions(
              input, inputFormat, output, format, partitions, overwrite,
              new AnalyzerOptions(maxChars));
      SparkSession.Builder builder = SparkSession.builder().appName("debate-stance");
      if (master != null) {
        builder.master(master);
      }
      spark = builder.getOrCreate();
      JobSummary summary = DebateJob.run(spark, options);
      err.println(summary.describe() + " -> " + output);
      return summary.failed() == 0 ? 0 : 1;
    } catch (Exception e) {
      // Spark wraps the reason deep in its exceptions, over many lines; one line says it best.
      err.println("error: " + reason(e));
      return 1;
    } finally {
      err.flush();
      if (spark != null && ownSession) {
        spark.stop();
      }
    }
  }

  private static String reason(Exception e) {
    String message;
    if (e instanceof IllegalArgumentException) {
      message = e.getMessage();
    } else if (e instanceof UncheckedIOException) {
      message = e.getMessage() + ": " + e.getCause().getMessage();
    } else {
      // Spark reports a failed task inside layers of wrappers; the innermost says what went wrong.
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      message = root.getMessage() != null ? root.getMessage() : root.toString();
    }
    return message.lines().findFirst().orElse("").strip();
  }
}
