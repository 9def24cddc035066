package io.github.debatestance.core.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs an analyzer over a stream of documents on several threads. Results come back in input order,
 * and at most a small window of documents is in flight, so memory does not grow with the corpus.
 * A document whose analysis throws becomes a failed {@link DocumentResult}; the others go on.
 *
 * <p>Each call owns its threads, which end when the returned stream is exhausted or closed. The
 * returned stream is sequential and must be consumed by one thread.
 */
final class BatchAnalysis {

  /** How many documents each thread may have in flight, queued, running or waiting to leave. */
  static final int WINDOW_PER_THREAD = 8;

  private BatchAnalysis() {}

  static Stream<DocumentResult> run(DebateAnalyzer analyzer, Iterator<Document> input, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1: threads=%s", threads);
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "debate-analysis-" + counter.incrementAndGet());
              // A stream left unclosed must not keep the JVM alive.
              t.setDaemon(true);
              return t;
            });
    // Results leave in input order, so a long document at the head of the window holds back the
    // ones behind it; with only two documents a thread, the other threads soon run out of work
    // and wait. Eight a thread keeps them busy on news of mixed length while memory stays bounded.
    Window window = new Window(analyzer, input, pool, WINDOW_PER_THREAD * threads);
    return StreamSupport.stream(window, false).onClose(pool::shutdownNow);
  }

  private static final class Window extends Spliterators.AbstractSpliterator<DocumentResult> {
    private final DebateAnalyzer analyzer;
    private final Iterator<Document> input;
    private final ExecutorService pool;
    private final int capacity;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();

    private record Pending(String documentId, Future<DocumentResult> future) {}

    Window(DebateAnalyzer analyzer, Iterator<Document> input, ExecutorService pool, int capacity) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.analyzer = analyzer;
      this.input = input;
      this.pool = pool;
      this.capacity = capacity;
    }

    @Override
    public boolean tryAdvance(Consumer<? super DocumentResult> action) {
      while (inFlight.size() < capacity && input.hasNext()) {
        Document doc = input.next();
        inFlight.add(new Pending(doc.id(), pool.submit(() -> analyzeOne(doc))));
      }
      Pending next = inFlight.poll();
      if (next == null) {
        pool.shutdown();
        return false;
      }
      action.accept(await(next));
      return true;
    }

    private DocumentResult analyzeOne(Document doc) {
      try {
        return DocumentResult.success(analyzer.analyze(doc));
      } catch (RuntimeException e) {
        return DocumentResult.failure(doc.id(), e);
      }
    }

    private static DocumentResult await(Pending pending) {
      try {
        return pending.future().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AnalysisException("interrupted while waiting for " + pending.documentId(), e);
      } catch (CancellationException e) {
        return DocumentResult.failure(pending.documentId(), e);
      } catch (ExecutionException e) {
        // analyzeOne catches every RuntimeException, so only an Error lands here.
        throw new AnalysisException(
            "analysis of " + pending.documentId() + " failed: " + e.getCause(), e.getCause());
      }
    }
  }
}
