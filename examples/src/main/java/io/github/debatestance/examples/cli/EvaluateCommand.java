package io.github.debatestance.examples.cli;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.eval.EvaluationReport;
import io.github.debatestance.core.eval.Evaluator;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import io.github.debatestance.nlp.stance.DebateDefinition;
import io.github.debatestance.nlp.stance.StanceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: scores the analyzer against a directory of annotated articles and prints the
 * report.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the analyzer against annotated articles and print the report.",
      "The directory holds pairs NAME.txt and NAME.gold.json."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      required = true,
      description = "Directory of annotated articles.")
  private Path goldDir;

  @Option(names = "--json", description = "Print the report as JSON instead of text.")
  private boolean json;

  @Option(
      names = "--stance-model",
      paramLabel = "MODEL",
      description = "A stance model saved by 'train', instead of the built-in one.")
  private Path stanceModel;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    // Checked before loading the models, so that a typo costs a moment, not seconds.
    if (!Files.isDirectory(goldDir)) {
      String reason = Files.exists(goldDir) ? "not a directory" : "no such directory";
      err.println("error: " + goldDir + ": " + reason);
      err.flush();
      return 1;
    }
    CoreNlpDebateAnalyzer.Builder builder = CoreNlpDebateAnalyzer.builder();
    if (stanceModel != null) {
      if (!Files.isRegularFile(stanceModel)) {
        err.println("error: " + stanceModel + ": no such file");
        err.flush();
        return 1;
      }
      try {
        builder.stanceModel(StanceModel.load(stanceModel, DebateDefinition.openSourceAi()));
      } catch (IOException e) {
        String message = DebateStanceCli.describe(e);
        err.println(
            "error: "
                + (message.contains(stanceModel.toString()) ? message : stanceModel + ": " + message));
        err.flush();
        return 1;
      }
    }
    DebateAnalyzer analyzer = builder.build();
    EvaluationReport report;
    try {
      report = new Evaluator().evaluate(analyzer, goldDir);
    } catch (IOException e) {
      // The corpus reader's messages usually name the file at fault; name the directory otherwise.
      String message = DebateStanceCli.describe(e);
      err.println(
          "error: " + (message.contains(goldDir.toString()) ? message : goldDir + ": " + message));
      err.flush();
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    String rendered = json ? report.toJson() : report.toText();
    out.print(rendered.endsWith("\n") ? rendered : rendered + "\n");
    out.flush();
    return 0;
  }
}
