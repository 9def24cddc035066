package io.github.debatestance.nlp.stance;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A line of a training file that cannot be read, named by file and line number: {@code
 * data.jsonl:12: unknown label "PRO_X"; expected one of ...}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrainingDataException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  TrainingDataException(String source, int line, String reason) {
    super(requireNonNull(source, "source") + ":" + line + ": " + requireNonNull(reason, "reason"));
    this.source = source;
    this.line = line;
  }

  /** The file or resource that was read. */
  public String source() {
    return source;
  }

  /** The 1-based line number at fault. */
  public int line() {
    return line;
  }
}
