package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A range of characters in a document: {@code begin} inclusive, {@code end} exclusive, both as
 * UTF-16 indexes into the Java string, as {@link String#substring(int, int)} takes them.
 *
 * <p>Immutable and thread-safe.
 */
public record TextSpan(int begin, int end) {

  public TextSpan {
    checkArgument(begin >= 0, "begin must not be negative: begin=%s", begin);
    checkArgument(
        begin <= end, "begin must not be larger than end: begin=%s, end=%s", begin, end);
  }

  public int length() {
    return end - begin;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** Whether the character at {@code offset} lies in this span. */
  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  /** Whether this span lies wholly inside {@code other}. */
  public boolean isInside(TextSpan other) {
    return begin >= other.begin && end <= other.end;
  }

  /** The characters of {@code text} that this span covers. */
  public String of(String text) {
    checkArgument(
        end <= text.length(),
        "span ends past the text: end=%s, text length=%s",
        end,
        text.length());
    return text.substring(begin, end);
  }
}
