package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;

/**
 * A stretch of text inside quotation marks.
 *
 * @param content the characters between the marks, trimmed of white space
 * @param open the offset of the opening mark
 * @param close the offset of the closing mark, or -1 when the quotation runs to the end of its
 *     paragraph without one, as a quotation continued in the next paragraph does
 * @param startsParagraph whether the opening mark is the first character of its paragraph
 */
public record Quotation(TextSpan content, int open, int close, boolean startsParagraph) {

  /** Whether the quotation has a closing mark in its own paragraph. */
  public boolean isClosed() {
    return close >= 0;
  }

  /** The offset just past the quotation: after the closing mark, or the end of the content. */
  public int end() {
    return isClosed() ? close + 1 : content.end();
  }
}
