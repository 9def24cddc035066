package io.github.debatestance.core.api;

/**
 * The analysis engine failed on a document. The message names the document; the cause, where there
 * is one, is the engine's own exception.
 */
public class AnalysisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }

  public AnalysisException(String message) {
    super(message);
  }
}
