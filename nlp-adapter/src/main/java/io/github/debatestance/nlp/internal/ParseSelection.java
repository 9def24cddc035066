package io.github.debatestance.nlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Chooses the sentences whose dependency parse the analysis reads: those with a speech cue verb, a
 * speech noun ("claim", "warning"), a source noun ("statement", "post") or a colon that may
 * introduce a block quotation, and "according to".
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseSelection implements Predicate<CoreSentence> {

  private final Lexicon speechCues;
  private final Lexicon speechNouns;
  private final Lexicon sourceNouns;

  public ParseSelection(Lexicon speechCues, Lexicon speechNouns, Lexicon sourceNouns) {
    this.speechCues = speechCues;
    this.speechNouns = speechNouns;
    this.sourceNouns = sourceNouns;
  }

  @Override
  public boolean test(CoreSentence sentence) {
    for (CoreLabel token : sentence.tokens()) {
      String tag = token.tag() == null ? "" : token.tag();
      String lemma =
          (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
      if (tag.startsWith("VB") && speechCues.contains(lemma)
          || tag.startsWith("NN") && (sourceNouns.contains(lemma) || speechNouns.contains(lemma))
          || token.word().equals(":")
          || token.word().equalsIgnoreCase("according")) {
        return true;
      }
    }
    return false;
  }
}
