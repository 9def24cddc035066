package io.github.debatestance.nlp.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.TextSpan;

/**
 * Someone's words as the layout of a text sets them off: a stretch inside quotation marks, a turn
 * of a transcript or a thread of posts (the words after a speaker's label and colon), or a block
 * quotation after a line that ends in a colon. Turns and blocks have no marks, so their {@code
 * open} is where their words, or the block's first line, begin, and their {@code close} is -1.
 *
 * @param content the characters between the marks, trimmed of white space
 * @param open the offset of the opening mark
 * @param close the offset of the closing mark, or -1 when the quotation runs to the end of its
 *     paragraph without one, as a quotation continued in the next paragraph does
 * @param startsParagraph whether the opening mark is the first character of its paragraph
 * @param form what sets the words off
 * @param speakerLabel the name that a turn's label gives ("Nadia Osei" in "MODERATOR (Nadia
 *     Osei):"); null for the other forms
 */
public record Quotation(
    TextSpan content,
    int open,
    int close,
    boolean startsParagraph,
    Form form,
    TextSpan speakerLabel) {

  /** What sets a quotation's words off from the text around it. */
  public enum Form {
    /** Quotation marks. */
    MARKS,
    /** A speaker's label and a colon at the head of a line. */
    TURN,
    /** A line ending in a colon, and the lines below it. */
    BLOCK
  }

  public Quotation {
    requireNonNull(content, "content");
    requireNonNull(form, "form");
    checkArgument(
        (form == Form.TURN) == (speakerLabel != null),
        "a turn, and only a turn, has a speaker's label: form=%s, label=%s",
        form,
        speakerLabel);
  }

  /** A quotation set in quotation marks. */
  public Quotation(TextSpan content, int open, int close, boolean startsParagraph) {
    this(content, open, close, startsParagraph, Form.MARKS, null);
  }

  /** A turn whose label names {@code speakerLabel}. */
  static Quotation turn(TextSpan content, boolean startsParagraph, TextSpan speakerLabel) {
    return new Quotation(content, content.begin(), -1, startsParagraph, Form.TURN, speakerLabel);
  }

  /** A block quotation whose first line begins at {@code open}. */
  static Quotation block(TextSpan content, int open) {
    return new Quotation(content, open, -1, true, Form.BLOCK, null);
  }

  /** Whether this is a labelled turn rather than words in quotation marks. */
  public boolean isTurn() {
    return form == Form.TURN;
  }

  /** Whether this is a block quotation that no mark sets off. */
  public boolean isBlock() {
    return form == Form.BLOCK;
  }

  /** Whether the quotation has a closing mark in its own paragraph. */
  public boolean isClosed() {
    return close >= 0;
  }

  /**
   * The words of the quotation's content in {@code text}, counted at white space, a number or a
   * dash among them. SpeakerTurns and BlockQuotations count only words with letters, for their
   * own thresholds.
   */
  public int wordsAtWhiteSpace(String text) {
    String s = content.of(text).strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /** The offset just past the quotation: after the closing mark, or the end of the content. */
  public int end() {
    return isClosed() ? close + 1 : content.end();
  }
}
