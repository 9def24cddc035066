package io.github.debatestance.examples.cli;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The analyzer's limits as command-line options, shared by the commands that analyse documents
 * (a picocli mixin).
 *
 * <p>Not thread-safe; picocli fills it in before the command runs.
 */
final class AnalyzerOptions {

  @Option(
      names = "--time-budget",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Seconds each document may take, per 100,000 characters (default: ${DEFAULT-VALUE})."
              + " A document that runs out of time fails alone; the others go on.")
  private long timeBudgetSeconds;

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      defaultValue = "5000000",
      description = "Refuse documents longer than N characters (default: ${DEFAULT-VALUE}).")
  private int maxChars;

  /**
   * Refuses limits that are not positive.
   *
   * @throws ParameterException naming the options and their values
   */
  void check(CommandSpec spec) {
    if (timeBudgetSeconds <= 0 || maxChars <= 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--time-budget and --max-chars must be positive: --time-budget="
              + timeBudgetSeconds
              + ", --max-chars="
              + maxChars);
    }
  }

  /** The default analyzer with these limits; it loads the models. */
  DebateAnalyzer analyzer() {
    return CoreNlpDebateAnalyzer.builder()
        .timeBudget(Duration.ofSeconds(timeBudgetSeconds))
        .maxChars(maxChars)
        .build();
  }
}
