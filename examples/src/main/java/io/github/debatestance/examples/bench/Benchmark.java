package io.github.debatestance.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures one route over the benchmark's texts inside this JVM: its load time, its analysis time
 * and its peak heap, and for debate-stance also how time grows with length. {@link
 * IsolatedBenchmark} runs each route in a JVM of its own with this class and compares them.
 *
 * <p>Not thread-safe; one benchmark runs at a time in a JVM, since it measures the whole heap.
 */
public final class Benchmark {

  /** The routes, by the name the report gives them. */
  static final Map<String, Supplier<DebateAnalyzer>> ROUTES =
      Map.of(
          "debate-stance", () -> CoreNlpDebateAnalyzer.builder().build(),
          "corenlp-plain", PlainCoreNlpRoute::new);

  private final List<Document> documents;
  private final int threads;
  private final long tokens;

  /**
   * @param documents the texts to analyse
   * @param threads how many threads the route may use
   */
  public Benchmark(List<Document> documents, int threads) {
    this.documents = List.copyOf(documents);
    this.threads = threads;
    this.tokens = documents.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
  }

  /** The names of the routes a benchmark can run. */
  public static List<String> routeNames() {
    return List.of("debate-stance", "corenlp-plain");
  }

  /**
   * Runs one route and prints its figures as lines for {@link IsolatedBenchmark} to read; with
   * {@code scalingDocuments} above 0, also the length scaling on that many joined texts, and with
   * {@code threadRounds} above 0 and more than one thread, also the thread scaling in that many
   * rounds.
   */
  public void runRoute(String route, int scalingDocuments, int threadRounds, PrintWriter out) {
    Supplier<DebateAnalyzer> build = ROUTES.get(route);
    checkArgument(build != null, "unknown route: %s; known: %s", route, routeNames());
    try (HeapSampler heap = new HeapSampler()) {
      heap.reset();
      long start = System.nanoTime();
      DebateAnalyzer analyzer = build.get();
      long loaded = System.nanoTime();
      int failures;
      try (Stream<DocumentResult> results = analyzer.analyzeAll(documents.stream(), threads)) {
        failures = (int) results.filter(r -> !r.succeeded()).count();
      }
      long done = System.nanoTime();
      RouteFigures figures =
          new RouteFigures(
              route,
              (loaded - start) / 1e9,
              (done - loaded) / 1e9,
              documents.size(),
              failures,
              tokens,
              heap.peakBytes(),
              // From the JVM's start: what a user who runs this route as a program waits for.
              ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
      out.println(figures.toLine());
      if (scalingDocuments > 0) {
        out.println(LengthScaling.measure(analyzer, documents, scalingDocuments).toLine());
      }
      if (threadRounds > 0 && threads > 1) {
        out.println(ThreadScaling.measure(analyzer, documents, threads, threadRounds).toLine());
      }
    }
    out.flush();
  }
}
