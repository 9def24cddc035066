package io.github.debatestance.nlp;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of the text real documents throw at the analyzer: news-like sentences broken up by
 * stray and unbalanced quotation marks of every kind, empty paragraphs, endless sentences without
 * punctuation, other scripts, emoji and lone surrogates, control characters and HTML markup.
 */
public final class AwkwardText {

  private AwkwardText() {}

  /** Every quotation mark the finder knows, and some it does not. */
  public static final List<String> QUOTE_MARKS =
      List.of("\"", "\u201C", "\u201D", "\u201E", "\u2018", "\u2019", "'", "\u00AB", "\u00BB",
          "\u201A", "``", "''");

  private static final List<String> WORDS =
      List.of("the", "open", "model", "weights", "safety", "Ada", "Brennan", "Northwind", "Labs",
          "Senator", "Reyes", "OpenAI", "she", "he", "it", "they", "said", "argued", "warned",
          "told", "reporters", "that", "is", "are", "not", "dangerous", "rules", "company",
          "spokesman", "Musk's", "don't", "13\"", "U.S.", "Dr.", "according", "to");

  private static final List<String> PUNCTUATION =
      List.of(".", ",", ":", ";", "?", "!", "\u2014", "-", "(", ")", "...", "\u2026", "/", "&");

  private static final List<String> SPACE =
      List.of(" ", " ", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\t", "\n \n", "\u00A0",
          "\u2028", "\u3000");

  private static final List<String> OTHER_SCRIPTS =
      List.of("\u5F00\u6E90\u6A21\u578B", "\u4EBA\u5DE5\u667A\u80FD\u3002", "\u300C\u5F15\u7528\u300D",
          "\u0627\u0644\u0630\u0643\u0627\u0621 \u0627\u0644\u0627\u0635\u0637\u0646\u0627\u0639\u064A",
          "\u05E9\u05DC\u05D5\u05DD", "\u041F\u0440\u0438\u0432\u0435\u0442", "\uD83D\uDE00",
          "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD835\uDD38", "\u0130stanbul",
          "\uFB01nance", "e\u0301t\u00E9", "\u00DF", "\uD83C\uDDFA\uD83C\uDDF8");

  private static final List<String> CONTROL =
      List.of("\u0000", "\u0007", "\u001B", "\u000B", "\u000C", "\u0085", "\u200B", "\uFEFF",
          "\u202E", "\uD800", "\uDC00", "\uFFFD", "\uFFFF");

  private static final List<String> MARKUP =
      List.of("<p>", "</p>", "<br/>", "&amp;", "&quot;", "&#8220;", "<a href=\"/x\">", "</a>",
          "<script>var q = '\"';</script>", "<!-- comment -->", "<div class='q'>");

  /** Sentences in the shapes that give claims, so that attribution runs too. */
  private static final List<String> SENTENCES =
      List.of(
          "\u201COpen weights let anyone check the model,\u201D Ada Brennan, the Northwind Labs CEO, said.",
          "Senator Reyes argued that closed models are safer for everyone.",
          "\"We are keeping the weights private,\" the firm said in a note.",
          "She told reporters: \"This is the wrong approach entirely.\"",
          "\u2018Nobody wants that,\u2019 he said, \u2018not even the labs.\u2019",
          "\u201EDas ist gef\u00E4hrlich\u201C, sagte Brennan.",
          "\u00AB Le code doit \u00EAtre ouvert \u00BB, a d\u00E9clar\u00E9 Reyes.",
          "Musk's post called the release \"a gift to everyone who builds.\"");

  /** Awkward text of {@code minPieces} to {@code maxPieces} pieces. */
  public static Arbitrary<String> text(int minPieces, int maxPieces) {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.of(WORDS).map(w -> w + " ")),
            Tuple.of(12, Arbitraries.of(QUOTE_MARKS)),
            Tuple.of(8, Arbitraries.of(PUNCTUATION)),
            Tuple.of(10, Arbitraries.of(SPACE)),
            Tuple.of(10, Arbitraries.of(SENTENCES).map(s -> s + " ")),
            Tuple.of(4, Arbitraries.of(OTHER_SCRIPTS)),
            Tuple.of(3, Arbitraries.of(CONTROL)),
            Tuple.of(3, Arbitraries.of(MARKUP)),
            Tuple.of(2, Arbitraries.strings().ofMaxLength(6)),
            Tuple.of(1, endlessSentence()));
    return piece.list().ofMinSize(minPieces).ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }

  /** Hundreds of words with no punctuation at all. */
  private static Arbitrary<String> endlessSentence() {
    return Arbitraries.integers()
        .between(100, 600)
        .map(n -> "and the model said that ".repeat(n / 5));
  }
}
