package io.github.debatestance.nlp.internal;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A stretch of a document that is annotated on its own: {@code begin} inclusive, {@code end}
 * exclusive, as UTF-16 indexes into the document's text.
 *
 * <p>Immutable and thread-safe.
 */
public record TextChunk(int begin, int end) {

  public TextChunk {
    checkArgument(begin >= 0, "begin must not be negative: begin=%s", begin);
    checkArgument(begin <= end, "begin must not be larger than end: begin=%s, end=%s", begin, end);
  }

  public int length() {
    return end - begin;
  }
}
