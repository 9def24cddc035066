package io.github.debatestance.nlp.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import io.github.debatestance.core.model.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The cue verbs of relations between actors, read from a lexicon such as {@code relation-cues.tsv}:
 * "backed", "criticized", "hit back at", "responded to".
 *
 * <p>Immutable and thread-safe.
 */
public final class RelationCues {

  /** How many words after the verb a two-word cue's second word may stand ("took direct aim"). */
  static final int FOLLOWER_WINDOW = 3;

  /**
   * One cue.
   *
   * @param verb the verb's lemma
   * @param follower the word that must follow the verb ("back" in "hit back"), or null
   * @param type the relation the cue states
   * @param targetRelations the dependency relations that hold the target, such as {@code obj} or
   *     {@code obl:with}
   * @param answers whether the cue, with nothing in the target's place, answers the last other
   *     actor cited before it
   * @param needs a dependency relation the verb must also have, or null
   */
  public record Cue(
      String verb,
      String follower,
      RelationType type,
      List<String> targetRelations,
      boolean answers,
      String needs) {

    public Cue {
      requireNonNull(verb, "verb");
      requireNonNull(type, "type");
      targetRelations = List.copyOf(targetRelations);
    }
  }

  private final ImmutableListMultimap<String, Cue> byVerb;

  private RelationCues(ImmutableListMultimap<String, Cue> byVerb) {
    this.byVerb = byVerb;
  }

  /**
   * The cues of a lexicon whose lines read {@code cue <TAB> relation <TAB> where <TAB> options}.
   *
   * @throws IllegalArgumentException if a line names no relation, an unknown one, or no place for
   *     the target
   */
  public static RelationCues of(Lexicon lexicon) {
    ImmutableListMultimap.Builder<String, Cue> byVerb = ImmutableListMultimap.builder();
    for (String key : lexicon.keys()) {
      List<String> fields = lexicon.values(key);
      checkArgument(
          fields.size() >= 2, "relation cue needs a relation and a target's place: %s %s", key,
          fields);
      RelationType type;
      try {
        type = RelationType.valueOf(fields.get(0));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown relation for cue '" + key + "': " + fields.get(0), e);
      }
      boolean answers = false;
      String needs = null;
      for (String option : fields.subList(2, fields.size())) {
        for (String o : option.split("\\s+")) {
          if (o.equals("answers")) {
            answers = true;
          } else if (o.startsWith("needs=")) {
            needs = o.substring("needs=".length());
          } else if (!o.isEmpty()) {
            throw new IllegalArgumentException("unknown option for cue '" + key + "': " + o);
          }
        }
      }
      String[] words = key.split("\\s+");
      checkArgument(words.length <= 2, "a relation cue has one or two words: %s", key);
      List<String> relations = new ArrayList<>();
      for (String r : fields.get(1).split(",")) {
        if (!r.isBlank()) {
          relations.add(r.strip());
        }
      }
      byVerb.put(
          words[0],
          new Cue(words[0], words.length == 2 ? words[1] : null, type, relations, answers, needs));
    }
    return new RelationCues(byVerb.build());
  }

  /**
   * The cue a verb stands for, given the lemmas of the words after it: a two-word cue whose second
   * word follows wins over a one-word cue of the same verb.
   *
   * @param verbLemma the verb's lemma
   * @param following the lemma of the i-th word after the verb, or null past the sentence's end
   * @return the cue, and the index (1-based) of its second word after the verb, or 0 for a
   *     one-word cue; null if the verb is no cue here
   */
  public Match match(String verbLemma, IntFunction<String> following) {
    List<Cue> cues = byVerb.get(verbLemma.toLowerCase(Locale.ROOT));
    Cue single = null;
    for (Cue cue : cues) {
      if (cue.follower() == null) {
        single = cue;
        continue;
      }
      for (int i = 1; i <= FOLLOWER_WINDOW; i++) {
        String lemma = following.apply(i);
        if (lemma == null) {
          break;
        }
        if (lemma.equalsIgnoreCase(cue.follower())) {
          return new Match(cue, i);
        }
      }
    }
    return single == null ? null : new Match(single, 0);
  }

  /** A cue found at a verb: the cue, and where its second word stands (0 for none). */
  public record Match(Cue cue, int followerOffset) {}
}
