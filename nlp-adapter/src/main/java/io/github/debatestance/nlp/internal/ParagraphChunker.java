package io.github.debatestance.nlp.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long document into chunks of whole paragraphs, each at most {@code maxChunkChars} long,
 * so that CoreNLP never holds the annotations of more than one chunk at a time. A paragraph longer
 * than a chunk is cut at a line break, then after a sentence, then at a space, and only as a last
 * resort in the middle of a word (never inside a surrogate pair).
 *
 * <p>Immutable and thread-safe.
 */
public final class ParagraphChunker {

  private final int maxChunkChars;

  public ParagraphChunker(int maxChunkChars) {
    checkArgument(maxChunkChars >= 2, "maxChunkChars must be at least 2: maxChunkChars=%s", maxChunkChars);
    this.maxChunkChars = maxChunkChars;
  }

  /**
   * Chunks that cover the whole text in order, without gaps or overlaps; one chunk, the whole
   * text, when it is no longer than a chunk.
   */
  public List<TextChunk> split(String text) {
    List<TextChunk> chunks = new ArrayList<>();
    int begin = 0;
    while (text.length() - begin > maxChunkChars) {
      int end = cut(text, begin, begin + maxChunkChars);
      chunks.add(new TextChunk(begin, end));
      begin = end;
    }
    chunks.add(new TextChunk(begin, text.length()));
    return chunks;
  }

  /** Where to end a chunk that starts at {@code begin} and must end by {@code limit}. */
  private static int cut(String text, int begin, int limit) {
    int at = afterParagraphBreak(text, begin, limit);
    if (at < 0) {
      at = afterLast(text, begin, limit, '\n');
    }
    if (at < 0) {
      at = afterSentence(text, begin, limit);
    }
    if (at < 0) {
      at = afterLast(text, begin, limit, ' ');
    }
    if (at < 0) {
      at = limit;
      // Splitting a surrogate pair would leave half a character at each end.
      if (Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at))) {
        at--;
      }
    }
    return at;
  }

  /** The position after the last blank line that ends by {@code limit}, or -1. */
  private static int afterParagraphBreak(String text, int begin, int limit) {
    for (int i = limit - 1; i > begin; i--) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      for (int j = i - 1; j > begin && Character.isWhitespace(text.charAt(j)); j--) {
        if (text.charAt(j) == '\n') {
          return i + 1;
        }
      }
    }
    return -1;
  }

  private static int afterLast(String text, int begin, int limit, char c) {
    int i = text.lastIndexOf(c, limit - 1);
    return i > begin ? i + 1 : -1;
  }

  /** The position after the space that follows the last sentence end before the limit, or -1. */
  private static int afterSentence(String text, int begin, int limit) {
    for (int i = limit - 1; i > begin + 1; i--) {
      char before = text.charAt(i - 1);
      if (Character.isWhitespace(text.charAt(i)) && (before == '.' || before == '?' || before == '!')) {
        return i + 1;
      }
    }
    return -1;
  }
}
