package io.github.debatestance.examples.cli;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.examples.bench.Benchmark;
import io.github.debatestance.examples.bench.IsolatedBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times debate-stance and the plain CoreNLP route over the same texts, in one run.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time debate-stance and the plain CoreNLP route (tokenize,ssplit,pos,lemma,ner,"
          + "depparse,coref,quote) over the same texts, each in a JVM of its own started with"
          + " this one's settings: whole-process time, load time, documents and tokens per"
          + " second, peak heap, and the ratios.",
      "The plain route needs a large heap: run with java -Xmx10g."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--limit",
      defaultValue = "40",
      description = "Use at most this many texts (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(
      names = "--threads",
      description = "Threads for each route (default: the number of cores).")
  private Integer threads;

  @Option(
      names = "--baseline",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Also run the plain CoreNLP route (default: ${DEFAULT-VALUE}).")
  private boolean baseline;

  @Option(
      names = "--scaling",
      defaultValue = "10",
      description =
          "Also time this many texts joined into one against the same texts one by one, to show"
              + " how time grows with length; 0 skips it (default: ${DEFAULT-VALUE}).")
  private int scaling;

  @Option(
      names = "--thread-rounds",
      // Two rounds were too few: the JIT compiler was still at work in the second, and it takes
      // the core that a second analysis thread needs, which made threads look worse than they are.
      defaultValue = "5",
      description =
          "With more than one thread, also time debate-stance's texts on one thread against all"
              + " threads after warm-up, keeping the fastest of this many alternating rounds; 0"
              + " skips it (default: ${DEFAULT-VALUE}).")
  private int threadRounds;

  @Option(
      names = "--route",
      hidden = true,
      description = "Run only this route in this JVM and print its figures for the parent run.")
  private String route;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Text files or directories.")
  private List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (threadCount < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    if (threadRounds < 0) {
      throw new ParameterException(
          spec.commandLine(), "--thread-rounds must not be negative: " + threadRounds);
    }
    List<Document> documents = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    for (Path input : inputs) {
      try {
        for (Path file : InputFiles.expand(input)) {
          if (documents.size() < limit) {
            documents.add(new Document(InputFiles.documentId(file), InputFiles.read(file)));
          }
        }
      } catch (InputException e) {
        err.println("error: " + e.getMessage());
        failed++;
      }
    }
    if (documents.isEmpty()) {
      err.println("error: no texts to benchmark");
      return 1;
    }
    if (scaling == 1 || scaling < 0 || scaling > documents.size()) {
      throw new ParameterException(
          spec.commandLine(),
          "--scaling must be 0 or between 2 and the number of texts (" + documents.size() + "): "
              + scaling);
    }
    if (route != null) {
      if (!Benchmark.routeNames().contains(route)) {
        throw new ParameterException(
            spec.commandLine(), "unknown route: " + route + "; known: " + Benchmark.routeNames());
      }
      new Benchmark(documents, threadCount)
          .runRoute(route, scaling, threadRounds, spec.commandLine().getOut());
      return failed == 0 ? 0 : 1;
    }
    new IsolatedBenchmark(r -> routeCommand(r, threadCount))
        .run(baseline, spec.commandLine().getOut());
    return failed == 0 ? 0 : 1;
  }

  /** This program again, with this JVM's settings, running one route of the benchmark. */
  private List<String> routeCommand(String routeName, int threadCount) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DebateStanceCli.class.getName());
    command.addAll(
        List.of(
            "bench",
            "--route",
            routeName,
            "--threads",
            Integer.toString(threadCount),
            "--limit",
            Integer.toString(limit),
            "--scaling",
            routeName.equals("debate-stance") ? Integer.toString(scaling) : "0",
            "--thread-rounds",
            routeName.equals("debate-stance") ? Integer.toString(threadRounds) : "0"));
    inputs.forEach(p -> command.add(p.toString()));
    return command;
  }
}
