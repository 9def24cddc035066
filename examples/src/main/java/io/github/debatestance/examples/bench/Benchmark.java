package io.github.debatestance.examples.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Times debate-stance and the plain CoreNLP route over the same texts in one run: load time,
 * documents and tokens per second, and peak heap, then the ratios between them.
 *
 * <p>Not thread-safe; one benchmark runs at a time in a JVM, since it measures the whole heap.
 */
public final class Benchmark {

  private final List<Document> documents;
  private final int threads;
  private final long tokens;

  /**
   * @param documents the texts to analyse
   * @param threads how many threads each route may use
   */
  public Benchmark(List<Document> documents, int threads) {
    this.documents = List.copyOf(documents);
    this.threads = threads;
    this.tokens =
        documents.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
  }

  /**
   * Runs debate-stance, then the length scaling on {@code scalingDocuments} joined documents (none
   * when 0), then the plain route if asked, and prints the figures.
   */
  public void run(boolean withBaseline, int scalingDocuments, PrintWriter out) {
    List<RouteFigures> routes = new ArrayList<>();
    LengthScaling scaling = null;
    try (HeapSampler heap = new HeapSampler()) {
      routes.add(measure("debate-stance", () -> CoreNlpDebateAnalyzer.builder().build(), heap));
      if (scalingDocuments > 0) {
        // The models are loaded already and shared, so this analyzer costs no second load.
        scaling =
            LengthScaling.measure(
                CoreNlpDebateAnalyzer.builder().build(), documents, scalingDocuments);
      }
      if (withBaseline) {
        // The plain route must load its own models, not reuse the ones debate-stance left in
        // CoreNLP's annotator cache.
        StanfordCoreNLP.clearAnnotatorPool();
        routes.add(measure("corenlp-plain", PlainCoreNlpRoute::new, heap));
      }
    }
    print(routes, out);
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
    out.flush();
  }

  private RouteFigures measure(String name, Supplier<DebateAnalyzer> build, HeapSampler heap) {
    heap.reset();
    long start = System.nanoTime();
    DebateAnalyzer analyzer = build.get();
    long loaded = System.nanoTime();
    int failures = 0;
    try (Stream<DocumentResult> results = analyzer.analyzeAll(documents.stream(), threads)) {
      failures = (int) results.filter(r -> !r.succeeded()).count();
    }
    long done = System.nanoTime();
    return new RouteFigures(
        name,
        (loaded - start) / 1e9,
        (done - loaded) / 1e9,
        documents.size(),
        failures,
        tokens,
        heap.peakBytes());
  }

  private void print(List<RouteFigures> routes, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d documents, %d words, %d thread(s)%n%n",
        documents.size(),
        tokens,
        threads);
    out.printf(
        Locale.ROOT,
        "%-15s %8s %10s %9s %11s %12s %10s %8s%n",
        "route", "load s", "analysis s", "docs/s", "tokens/s", "docs/s+load", "peak heap", "failed");
    for (RouteFigures r : routes) {
      out.printf(
          Locale.ROOT,
          "%-15s %8.1f %10.1f %9.2f %11.0f %12.3f %7.0f MB %8d%n",
          r.name(),
          r.loadSeconds(),
          r.analysisSeconds(),
          r.documentsPerSecond(),
          r.tokensPerSecond(),
          r.documentsPerSecondWithLoad(),
          r.peakHeapBytes() / 1e6,
          r.failures());
    }
    if (routes.size() == 2) {
      RouteFigures ours = routes.get(0);
      RouteFigures plain = routes.get(1);
      out.printf(
          Locale.ROOT,
          "%ndebate-stance / corenlp-plain: load %.2fx faster, %.1fx the documents per second,"
              + " %.1fx with loading counted, %.2fx the peak heap%n",
          plain.loadSeconds() / ours.loadSeconds(),
          ours.documentsPerSecond() / plain.documentsPerSecond(),
          ours.documentsPerSecondWithLoad() / plain.documentsPerSecondWithLoad(),
          (double) ours.peakHeapBytes() / plain.peakHeapBytes());
    }
  }
}
