package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Words and phrases, each with a value, matched against a claim's tokens: a word matches on its
 * stem, and a word written with a trailing {@code *} matches any word that begins with it. At each
 * position the longest phrase wins.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> what a term stands for
 */
final class TermSet<V> {

  private record Term<V>(List<String> words, V value) {}

  /** A term found at tokens {@code [begin, end)}. */
  record Match<V>(int begin, int end, V value) {}

  private final List<Term<V>> terms = new ArrayList<>();

  /** Adds a term such as "open weights" or "democratiz*". */
  void add(String phrase, V value) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).strip().split("[\\s-]+")) {
      words.add(w.endsWith("*") ? w : StanceTokens.stem(w));
    }
    checkArgument(!words.isEmpty() && !words.get(0).isEmpty(), "empty term: phrase=%s", phrase);
    terms.add(new Term<>(List.copyOf(words), value));
    terms.sort(Comparator.comparingInt((Term<V> t) -> -t.words().size()));
  }

  /** The matches in the tokens, left to right, without overlaps. */
  List<Match<V>> find(List<StanceTokens.Token> tokens) {
    List<Match<V>> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match<V> match = matchAt(tokens, i);
      if (match == null) {
        i++;
      } else {
        found.add(match);
        i = match.end();
      }
    }
    return found;
  }

  private Match<V> matchAt(List<StanceTokens.Token> tokens, int i) {
    for (Term<V> term : terms) {
      int n = term.words().size();
      if (i + n > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        StanceTokens.Token t = tokens.get(i + k);
        String w = term.words().get(k);
        ok =
            !t.punctuation()
                && (w.endsWith("*")
                    ? t.lower().startsWith(w.substring(0, w.length() - 1))
                    : t.stem().equals(w));
      }
      if (ok) {
        return new Match<>(i, i + n, term.value());
      }
    }
    return null;
  }
}
