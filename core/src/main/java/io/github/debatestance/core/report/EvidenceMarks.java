package io.github.debatestance.core.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a claim's text as HTML with the words that drove its stance inside {@code <mark>}.
 *
 * <p>A phrase is marked wherever it stands in the text as whole words, in any letter case. Phrases
 * that overlap are merged into one mark. A phrase the text does not contain (a stance model may
 * report a lemma) marks nothing. Everything else is escaped.
 *
 * <p>Stateless and thread-safe.
 */
final class EvidenceMarks {

  private EvidenceMarks() {}

  /** The escaped text with each evidence phrase marked by {@code <mark class="cssClass">}. */
  static String mark(String text, List<String> phrases, String cssClass) {
    requireNonNull(text, "text");
    requireNonNull(phrases, "phrases");
    requireNonNull(cssClass, "cssClass");
    List<int[]> ranges = merge(find(text, phrases));
    StringBuilder out = new StringBuilder(text.length() + 32 * ranges.size());
    int at = 0;
    for (int[] range : ranges) {
      out.append(Markup.escape(text.substring(at, range[0])))
          .append("<mark class=\"")
          .append(Markup.escape(cssClass))
          .append("\">")
          .append(Markup.escape(text.substring(range[0], range[1])))
          .append("</mark>");
      at = range[1];
    }
    out.append(Markup.escape(text.substring(at)));
    return out.toString();
  }

  /** Every whole-word occurrence of every phrase, as [begin, end) ranges. */
  static List<int[]> find(String text, List<String> phrases) {
    List<int[]> ranges = new ArrayList<>();
    for (String phrase : phrases) {
      String p = phrase.strip();
      if (p.isEmpty()) {
        continue;
      }
      for (int i = 0; i + p.length() <= text.length(); i++) {
        // regionMatches compares char by char, so offsets stay valid where lower-casing would
        // change a string's length.
        if (text.regionMatches(true, i, p, 0, p.length()) && wholeWords(text, i, i + p.length())) {
          ranges.add(new int[] {i, i + p.length()});
        }
      }
    }
    return ranges;
  }

  private static boolean wholeWords(String text, int begin, int end) {
    boolean startsOnWord = Character.isLetterOrDigit(text.charAt(begin));
    boolean endsOnWord = Character.isLetterOrDigit(text.charAt(end - 1));
    boolean freeBefore = !startsOnWord || begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1));
    boolean freeAfter =
        !endsOnWord || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return freeBefore && freeAfter;
  }

  private static List<int[]> merge(List<int[]> ranges) {
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : ranges) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    return merged;
  }
}
