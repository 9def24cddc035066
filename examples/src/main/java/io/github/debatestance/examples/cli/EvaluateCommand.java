package io.github.debatestance.examples.cli;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import io.github.debatestance.core.eval.DocumentScore;
import io.github.debatestance.core.eval.EvaluationReport;
import io.github.debatestance.core.eval.Evaluator;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.examples.bench.PlainCoreNlpRoute;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import io.github.debatestance.nlp.stance.DebateDefinition;
import io.github.debatestance.nlp.stance.StanceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: scores the analyzer against a directory of annotated articles and prints the
 * report; with {@code --compare-corenlp}, also the plain CoreNLP route on the same articles in the
 * same run, side by side.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score the analyzer against annotated articles and print the report.",
      "The directory holds pairs NAME.txt and NAME.gold.json.",
      "With --compare-corenlp the plain CoreNLP route (" + PlainCoreNlpRoute.ANNOTATORS
          + " with quote attribution) is scored on the same articles too, and both reports are"
          + " printed side by side. That route is slow (seconds per article) and needs a large"
          + " heap: run with java -Xmx10g, and use --limit to score fewer articles.",
      "The plain route annotates one article at a time whatever --threads says, since CoreNLP's"
          + " quote attribution cannot annotate two at once.",
      "An article that a route fails on gets an 'error:' line on standard error and is scored"
          + " as an empty map; the exit status is then 1."
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

  @Option(
      names = "--compare-corenlp",
      description =
          "Also score the plain CoreNLP route on the same articles and print both side by side.")
  private boolean compareCoreNlp;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Score only the first N articles, in name order (default: all).")
  private Integer limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Analyse this many articles at once; the figures do not depend on it"
              + " (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
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
    List<GoldDocument> gold;
    try {
      gold = GoldCorpus.read(goldDir);
    } catch (IOException e) {
      // The corpus reader's messages usually name the file at fault; name the directory otherwise.
      String message = DebateStanceCli.describe(e);
      err.println(
          "error: " + (message.contains(goldDir.toString()) ? message : goldDir + ": " + message));
      err.flush();
      return 1;
    }
    if (limit != null && limit < gold.size()) {
      gold = gold.subList(0, limit);
    }
    RouteReport ours = score("debate-stance", builder::build, gold, err);
    PrintWriter out = spec.commandLine().getOut();
    String rendered;
    boolean failed = ours.failures() > 0;
    if (compareCoreNlp) {
      // CoreNLP's quote attribution is not safe for two documents at once; see the route.
      RouteReport plain = score("corenlp-plain", PlainCoreNlpRoute::oneAtATime, gold, err);
      failed |= plain.failures() > 0;
      rendered =
          json
              ? ReportComparison.json(List.of(ours, plain))
              : ReportComparison.text(List.of(ours, plain));
    } else {
      rendered = json ? ours.report().toJson() : ours.report().toText();
    }
    out.print(rendered.endsWith("\n") ? rendered : rendered + "\n");
    out.flush();
    return failed ? 1 : 0;
  }

  /**
   * Builds one route's analyzer, runs it over the articles and scores every map. An article the
   * route fails on is reported on {@code err} and scored as an empty map, so that both routes are
   * scored on the same articles.
   */
  private RouteReport score(
      String route, Supplier<DebateAnalyzer> build, List<GoldDocument> gold, PrintWriter err) {
    long start = System.nanoTime();
    DebateAnalyzer analyzer = build.get();
    long loaded = System.nanoTime();
    Evaluator evaluator = new Evaluator();
    List<DocumentScore> scores = new ArrayList<>(gold.size());
    int failures = 0;
    Iterator<GoldDocument> golds = gold.iterator();
    try (Stream<DocumentResult> results =
        analyzer.analyzeAll(gold.stream().map(g -> new Document(g.id(), g.text())), threads)) {
      for (Iterator<DocumentResult> it = results.iterator(); it.hasNext(); ) {
        DocumentResult result = it.next();
        GoldDocument g = golds.next();
        DebateMap map;
        if (result.succeeded()) {
          map = result.map();
        } else {
          failures++;
          String reason = DebateStanceCli.describe(result.failure());
          err.println("error: " + route + ": " + g.id() + ": " + reason);
          err.flush();
          map = DebateMap.empty(g.id());
        }
        scores.add(evaluator.score(g, map));
      }
    }
    long done = System.nanoTime();
    return new RouteReport(
        route,
        EvaluationReport.of(scores),
        failures,
        (loaded - start) / 1e9,
        (done - loaded) / 1e9);
  }
}
