package io.github.debatestance.nlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses the sentences whose dependency parse the analysis reads: those with a speech or attitude
 * cue verb, a
 * relation cue ("backed", "hit back"), a speech noun ("claim", "warning"), a source noun
 * ("statement", "post") or "according to" outside the quotations, or a colon that opens a
 * quotation. Every other sentence is left unparsed, since nothing reads its tree.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParseSelection {

  private final CueVerbs speechCues;
  private final CueVerbs attitudeCues;
  private final Lexicon speechNouns;
  private final Lexicon sourceNouns;
  private final RelationCues relationCues;

  public ParseSelection(
      Lexicon speechCues,
      Lexicon attitudeCues,
      Lexicon speechNouns,
      Lexicon sourceNouns,
      RelationCues relationCues) {
    this.speechCues = new CueVerbs(speechCues);
    this.attitudeCues = new CueVerbs(attitudeCues);
    this.speechNouns = speechNouns;
    this.sourceNouns = sourceNouns;
    this.relationCues = relationCues;
  }

  /** The sentences of a text, with these quotations, that need a parse. */
  public Predicate<CoreSentence> forText(QuotationIndex quotations) {
    return sentence -> needsParse(sentence, quotations);
  }

  private boolean needsParse(CoreSentence sentence, QuotationIndex quotations) {
    List<CoreLabel> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (token.word().equals(":")) {
        if (quotations.opensAfter(token.endPosition())) {
          return true;
        }
        continue;
      }
      Optional<Quotation> quotation = quotations.containing(token.beginPosition());
      if (quotation.isPresent() && !(quotation.get().isTurn() && hasFirstPerson(tokens))) {
        // A quotation's words are read as its speaker's, not searched for cues; but what a turn's
        // speaker reports in the first person ("I told the committee that ...") is their claim.
        continue;
      }
      String tag = token.tag() == null ? "" : token.tag();
      String lemma =
          (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
      CoreLabel next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      String nextWord = next == null ? null : next.word();
      String afterNext = i + 2 < tokens.size() ? tokens.get(i + 2).word() : null;
      boolean cue = speechCues.isCue(tag, lemma, nextWord, afterNext)
          || attitudeCues.isCue(tag, lemma, nextWord, afterNext);
      if (cue
          || tag.startsWith("NN") && (sourceNouns.contains(lemma) || speechNouns.contains(lemma))
          || token.word().equalsIgnoreCase("according")) {
        return true;
      }
      if (tag.startsWith("VB") && isRelationCue(tokens, i, lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence speaks in the first person: "I" or "we". */
  private static boolean hasFirstPerson(List<CoreLabel> tokens) {
    return tokens.stream().anyMatch(t -> t.word().equals("I") || t.word().equalsIgnoreCase("we"));
  }

  private boolean isRelationCue(List<CoreLabel> tokens, int verb, String lemma) {
    return relationCues.match(
            lemma,
            k -> {
              int t = verb + k;
              if (t >= tokens.size()) {
                return null;
              }
              CoreLabel next = tokens.get(t);
              return next.lemma() == null ? next.word() : next.lemma();
            })
        != null;
  }
}
