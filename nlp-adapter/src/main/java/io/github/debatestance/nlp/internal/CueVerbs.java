package io.github.debatestance.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The speech cue verbs of a lexicon, looked up in a parsed text: single verbs ("said") and phrasal
 * verbs, whose particle, object or completing adjective follows the verb ("went on", "fired back",
 * "put it", "made clear", "made it clear"), and the
 * few adjectives that the lexicon marks as cues ("confident that ...", "adamant that ...").
 *
 * <p>Immutable and thread-safe.
 */
public final class CueVerbs {

  /**
   * The pseudo-relation that marks a lexicon entry as an adjective cue: "Reyes is confident that
   * the bill will pass" reports a view as "Reyes thinks" does. Only marked entries count as
   * adjectives, since most cue verbs have an adjective form that cues nothing ("a welcome step").
   */
  static final String ADJECTIVE = "adj";

  private final Lexicon lexicon;

  public CueVerbs(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The lexicon behind the cues. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** Whether the token is a verb that cues speech, alone or with the particle after it. */
  public boolean isCue(ParsedDocument d, int t) {
    return key(d, t) != null;
  }

  /** The relations under which the cue at the token carries reported content. */
  public List<String> relations(ParsedDocument d, int t) {
    String key = key(d, t);
    return key == null ? List.of() : lexicon.values(key);
  }

  /** Whether a verb's lemma, alone or with the word after it, makes a cue, for text not parsed. */
  public boolean isCue(String tag, String lemma, String next) {
    return isCue(tag, lemma, next, null);
  }

  /**
   * Whether a verb's lemma, alone, with the word after it, or with the word after an object "it"
   * ("made it clear"), makes a cue, for text not parsed.
   */
  public boolean isCue(String tag, String lemma, String next, String afterNext) {
    if (tag.equals("JJ")) {
      return isAdjectiveCue(lemma);
    }
    if (!tag.startsWith("VB")) {
      return false;
    }
    return lexicon.contains(lemma)
        || next != null && lexicon.contains(phrasal(lemma, next))
        || afterNext != null && "it".equalsIgnoreCase(next)
            && lexicon.contains(phrasal(lemma, afterNext));
  }

  private String key(ParsedDocument d, int t) {
    if (d.tag(t).equals("JJ")) {
      return isAdjectiveCue(d.lemma(t)) ? d.lemma(t) : null;
    }
    if (!d.tag(t).startsWith("VB")) {
      return null;
    }
    String lemma = d.lemma(t);
    if (t + 1 < d.size() && !d.isQuoted(t + 1)) {
      String phrasal = phrasal(lemma, d.word(t + 1));
      if (lexicon.contains(phrasal)) {
        return phrasal;
      }
      // "made it clear that ferries stay": the object "it" anticipates the clause, and the adjective
      // after it completes the verb as it does with no "it" ("made clear that ...").
      if (t + 2 < d.size() && d.word(t + 1).equalsIgnoreCase("it") && !d.isQuoted(t + 2)) {
        String completed = phrasal(lemma, d.word(t + 2));
        if (lexicon.contains(completed) && d.tag(t + 2).equals("JJ")) {
          return completed;
        }
      }
    }
    return lexicon.contains(lemma) ? lemma : null;
  }

  private boolean isAdjectiveCue(String lemma) {
    return marks(lexicon.values(lemma), ADJECTIVE);
  }

  /**
   * Whether a lexicon entry's fields, each a comma-separated list of relations, hold the marker
   * among them: a pseudo-relation such as {@link #ADJECTIVE} that says how to read the entry.
   */
  static boolean marks(List<String> fields, String marker) {
    for (String field : fields) {
      for (String relation : field.split(",")) {
        if (relation.strip().equals(marker)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The relations and pseudo-relations that a lexicon entry's fields list, each field a
   * comma-separated list, in order.
   */
  static List<String> relationsIn(List<String> fields) {
    List<String> relations = new ArrayList<>();
    for (String field : fields) {
      for (String relation : field.split(",")) {
        relations.add(relation.strip());
      }
    }
    return relations;
  }

  private static String phrasal(String lemma, String particle) {
    return lemma + " " + particle.toLowerCase(Locale.ROOT);
  }
}
