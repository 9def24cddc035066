package io.github.debatestance.core.eval;

import io.github.debatestance.core.model.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How well a predicted actor's names fit a gold actor, by FORMAT.md's rule: a predicted name equal,
 * case-insensitively, to the gold name or one of its aliases is an {@link #EXACT} match; a
 * predicted name ending in the gold name's last word ("Altman" for "Sam Altman", "OpenAI CEO Sam
 * Altman") is a {@link #LAST_NAME} match. Actor types are not compared. Names are compared after
 * the same normalisation as claim texts, so that a curly and a straight apostrophe agree.
 *
 * <p>Immutable and thread-safe.
 */
enum ActorNameMatch {
  NONE,
  LAST_NAME,
  EXACT;

  /** How the best of {@code predictedNames} fits {@code gold}. */
  static ActorNameMatch of(Collection<String> predictedNames, GoldActor gold) {
    List<List<String>> goldNames = new ArrayList<>();
    goldNames.add(ClaimTokens.normalise(gold.name()));
    gold.aliases().forEach(alias -> goldNames.add(ClaimTokens.normalise(alias)));
    List<String> goldName = goldNames.get(0);
    String lastName = goldName.isEmpty() ? null : goldName.get(goldName.size() - 1);
    ActorNameMatch best = NONE;
    for (String name : predictedNames) {
      List<String> tokens = ClaimTokens.normalise(name);
      if (tokens.isEmpty()) {
        continue;
      }
      if (goldNames.contains(tokens)) {
        return EXACT;
      }
      // Whole words only: "Altman" ends "Sam Altman", but "Hartman" does not.
      if (lastName != null && tokens.get(tokens.size() - 1).equals(lastName)) {
        best = LAST_NAME;
      }
    }
    return best;
  }

  /** The names by which a predicted actor can be recognised: its name and its aliases. */
  static List<String> namesOf(Actor actor) {
    List<String> names = new ArrayList<>(1 + actor.aliases().size());
    names.add(actor.name());
    names.addAll(actor.aliases());
    return names;
  }
}
