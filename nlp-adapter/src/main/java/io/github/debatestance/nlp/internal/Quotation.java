package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;

/**
 * A stretch of text inside quotation marks, or a turn of a transcript or a thread of posts: the
 * words after a speaker's label and colon, which are as much someone's own words as a quotation.
 *
 * @param content the characters between the marks, trimmed of white space
 * @param open the offset of the opening mark
 * @param close the offset of the closing mark, or -1 when the quotation runs to the end of its
 *     paragraph without one, as a quotation continued in the next paragraph does
 * @param startsParagraph whether the opening mark is the first character of its paragraph
 * @param speakerLabel the name that a turn's label gives ("Priya Raman" in "MODERATOR (Priya
 *     Raman):"), or null for words in quotation marks; a turn has no marks, so its {@code open} is
 *     where its words begin and its {@code close} is -1
 */
public record Quotation(
    TextSpan content, int open, int close, boolean startsParagraph, TextSpan speakerLabel) {

  /** A quotation set in quotation marks. */
  public Quotation(TextSpan content, int open, int close, boolean startsParagraph) {
    this(content, open, close, startsParagraph, null);
  }

  /** Whether this is a labelled turn rather than words in quotation marks. */
  public boolean isTurn() {
    return speakerLabel != null;
  }

  /** Whether the quotation has a closing mark in its own paragraph. */
  public boolean isClosed() {
    return close >= 0;
  }

  /** The offset just past the quotation: after the closing mark, or the end of the content. */
  public int end() {
    return isClosed() ? close + 1 : content.end();
  }
}
