package io.github.debatestance.nlp.stance;

import io.github.debatestance.nlp.internal.Lexicon;

/**
 * The debate-independent words that shape a claim's stance in English: negations, concessions,
 * contrasts, hedges, obligations, demands for evidence, views held at a distance, reconciliations,
 * and words that praise, criticise or dismiss. Loaded from {@code stance-markers.tsv} and {@code
 * evaluative-words.tsv}.
 *
 * <p>Immutable and thread-safe.
 */
final class StanceLanguage {

  /** What a marker does to the words around it. */
  enum Marker {
    NEGATION,
    CONCEDE,
    CONTRAST,
    HEDGE,
    DEONTIC,
    /** Demands evidence for a view, and so disputes it ("show me one case where ..."). */
    CHALLENGE,
    /** Names a view as a view ("the idea that ..."), and so holds it at a distance. */
    VIEW,
    /** Says two things go together ("openness and testing are not in conflict"). */
    RECONCILE,
    /** Offers two things as alternatives ("open or closed"). */
    ALTERNATIVE,
    /** Says that what is said holds for each of a pair ("both A and B", "A and B alike"). */
    PAIRING,
    /** Withholds a verdict ("undecided", "has not made up its mind", "too early to say"). */
    WITHHELD
  }

  /** How an evaluative word judges what it speaks of. */
  enum Judgement {
    PRAISE,
    CRITICISM,
    DISMISSAL
  }

  private final TermSet<Marker> markers = new TermSet<>();
  private final TermSet<Judgement> judgements = new TermSet<>();

  private StanceLanguage(Lexicon markerWords, Lexicon evaluativeWords) {
    for (String word : markerWords.keys()) {
      String role = markerWords.value(word, "");
      try {
        markers.add(word, Marker.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "stance-markers.tsv: unknown role for '" + word + "': " + role, e);
      }
    }
    for (String word : evaluativeWords.keys()) {
      String sign = evaluativeWords.value(word, "");
      Judgement j =
          switch (sign) {
            case "+" -> Judgement.PRAISE;
            case "-" -> Judgement.CRITICISM;
            case "x" -> Judgement.DISMISSAL;
            default -> throw new IllegalStateException(
                "evaluative-words.tsv: the sign of '" + word + "' must be +, - or x: " + sign);
          };
      judgements.add(word, j);
    }
  }

  /** The English markers and evaluative words that ship with the adapter. */
  static StanceLanguage english() {
    return new StanceLanguage(
        Lexicon.load("/io/github/debatestance/nlp/stance-markers.tsv"),
        Lexicon.load("/io/github/debatestance/nlp/evaluative-words.tsv"));
  }

  TermSet<Marker> markers() {
    return markers;
  }

  TermSet<Judgement> judgements() {
    return judgements;
  }
}
