package io.github.debatestance.examples.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs each route of the benchmark in a fresh JVM, as a user would run it, so that neither route
 * inherits the other's loaded classes, compiled code or heap, and the whole process, JVM start and
 * model loading included, is timed up to the end of its analysis. It then prints the figures side by side and their ratios.
 *
 * <p>Not thread-safe; use one instance from one thread.
 */
public final class IsolatedBenchmark {

  private final Function<String, List<String>> commandForRoute;

  /**
   * @param commandForRoute the command line that runs one route, by its name, and prints its
   *     figures as {@link Benchmark#runRoute} does
   */
  public IsolatedBenchmark(Function<String, List<String>> commandForRoute) {
    this.commandForRoute = commandForRoute;
  }

  /**
   * Runs debate-stance, then the plain route if asked, and prints the report.
   *
   * @throws IllegalStateException if a route's process fails or prints no figures
   */
  public void run(boolean withBaseline, PrintWriter out) {
    List<RouteFigures> routes = new ArrayList<>();
    LengthScaling scaling = null;
    ThreadScaling threadScaling = null;
    for (String route : withBaseline ? Benchmark.routeNames() : List.of("debate-stance")) {
      List<String> lines = new ArrayList<>();
      runProcess(commandForRoute.apply(route), lines);
      RouteFigures figures = null;
      for (String line : lines) {
        if (RouteFigures.isLine(line)) {
          figures = RouteFigures.parse(line);
        } else if (LengthScaling.isLine(line)) {
          scaling = LengthScaling.parse(line);
        } else if (ThreadScaling.isLine(line)) {
          threadScaling = ThreadScaling.parse(line);
        }
      }
      if (figures == null) {
        throw new IllegalStateException(
            "the " + route + " route printed no figures: " + String.join(" | ", lines));
      }
      routes.add(figures);
    }
    print(routes, scaling, threadScaling, out);
  }

  private static void runProcess(List<String> command, List<String> lines) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      }
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "benchmark route failed with exit status " + exit + ": " + String.join(" | ", lines));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a benchmark route: " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while benchmarking", e);
    }
  }

  private static void print(
      List<RouteFigures> routes,
      LengthScaling scaling,
      ThreadScaling threadScaling,
      PrintWriter out) {
    RouteFigures first = routes.get(0);
    out.printf(
        Locale.ROOT,
        "%d documents, %d words; each route in a JVM of its own%n%n",
        first.documents(),
        first.tokens());
    out.printf(
        Locale.ROOT,
        "%-15s %9s %7s %10s %8s %10s %12s %10s %7s%n",
        "route", "process s", "load s", "analysis s", "docs/s", "tokens/s", "docs/s whole",
        "peak heap", "failed");
    for (RouteFigures r : routes) {
      out.printf(
          Locale.ROOT,
          "%-15s %9.1f %7.1f %10.1f %8.2f %10.0f %12.3f %7.0f MB %7d%n",
          r.name(),
          r.processSeconds(),
          r.loadSeconds(),
          r.analysisSeconds(),
          r.documentsPerSecond(),
          r.tokensPerSecond(),
          r.documentsPerSecondOfProcess(),
          r.peakHeapBytes() / 1e6,
          r.failures());
    }
    if (routes.size() == 2) {
      RouteFigures ours = routes.get(0);
      RouteFigures plain = routes.get(1);
      out.printf(
          Locale.ROOT,
          "%ndebate-stance / corenlp-plain: %.1fx the documents per second for the whole"
              + " process, %.1fx for the analysis alone; load %.1fx faster; %.2fx the peak heap%n",
          ours.documentsPerSecondOfProcess() / plain.documentsPerSecondOfProcess(),
          ours.documentsPerSecond() / plain.documentsPerSecond(),
          plain.loadSeconds() / ours.loadSeconds(),
          (double) ours.peakHeapBytes() / plain.peakHeapBytes());
    }
    if (scaling != null) {
      out.printf(
          Locale.ROOT,
          "%nlength: %d documents joined into one took %.1f s against %.1f s one by one:"
              + " a document %dx longer took %.1fx the time of an average one%n",
          scaling.documents(),
          scaling.joinedSeconds(),
          scaling.separateSeconds(),
          scaling.documents(),
          scaling.timesAverage());
    }
    if (threadScaling != null) {
      out.printf(
          Locale.ROOT,
          "threads: after warm-up, the texts took %.1f s on 1 thread and %.1f s on %d threads"
              + " (fastest of %d rounds each): %.2fx the throughput%n",
          threadScaling.oneThreadSeconds(),
          threadScaling.manyThreadsSeconds(),
          threadScaling.threads(),
          threadScaling.rounds(),
          threadScaling.speedup());
    }
    out.flush();
  }
}
