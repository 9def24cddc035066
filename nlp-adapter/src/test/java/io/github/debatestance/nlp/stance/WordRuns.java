package io.github.debatestance.nlp.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs of consecutive words, lower-cased, by which tests find one text echoing another. */
final class WordRuns {

  /** How many words in a row make an echo; shorter runs are mostly stock phrases. */
  static final int LENGTH = 6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

  private WordRuns() {}

  /** Every run of {@link #LENGTH} words in the text. */
  static List<List<String>> of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    List<List<String>> runs = new ArrayList<>();
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      runs.add(List.copyOf(words.subList(i, i + LENGTH)));
    }
    return runs;
  }
}
