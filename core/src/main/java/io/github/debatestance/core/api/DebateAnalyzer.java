package io.github.debatestance.core.api;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.DebateMap;
import java.util.stream.Stream;

/**
 * Reads a document about a debate and tells who said what, and where each of them stands.
 *
 * <p>Implementations must be thread-safe: one analyzer is built once and shared by every thread.
 * The same input always gives the same output.
 */
public interface DebateAnalyzer {

  /**
   * Analyses one document.
   *
   * @throws NullPointerException if {@code document} is null
   * @throws AnalysisException if the underlying engine fails on this document
   */
  DebateMap analyze(Document document);

  /**
   * Analyses a text under the id {@code "text"}. Empty or blank text gives an empty map.
   *
   * @throws NullPointerException if {@code text} is null
   */
  default DebateMap analyze(String text) {
    return analyze(new Document("text", requireNonNull(text, "text")));
  }

  /**
   * Analyses many documents on {@code threads} threads. The results come back in input order, one
   * for each document, lazily: documents are read from the input as the results are consumed, and
   * only a small window of them is in flight. A document whose analysis fails gives a failed
   * result; the others go on. Close the returned stream, or consume it to the end, to release the
   * threads.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  default Stream<DocumentResult> analyzeAll(Stream<Document> documents, int threads) {
    requireNonNull(documents, "documents");
    return BatchAnalysis.run(this, documents.iterator(), threads).onClose(documents::close);
  }

  /** Analyses many documents on as many threads as the machine has cores. */
  default Stream<DocumentResult> analyzeAll(Iterable<Document> documents) {
    requireNonNull(documents, "documents");
    return BatchAnalysis.run(
        this, documents.iterator(), Runtime.getRuntime().availableProcessors());
  }
}
