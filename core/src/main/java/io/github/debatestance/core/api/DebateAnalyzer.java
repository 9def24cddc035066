package io.github.debatestance.core.api;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.DebateMap;

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
}
