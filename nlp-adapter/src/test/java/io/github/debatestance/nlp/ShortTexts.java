package io.github.debatestance.nlp;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * The analysis of a short text written for a test, with the shared analyzer, the speaker the map
 * gives one of its claims, found by the words the claim starts with, and an actor by name.
 */
final class ShortTexts {

  private ShortTexts() {}

  static DebateMap analyze(String text) {
    return SharedAnalyzer.get().analyze(new Document("test", text));
  }

  /** The one actor of the map with this name; fails where there is none or more than one. */
  static Actor actorNamed(DebateMap map, String name) {
    List<Actor> named = map.actors().stream().filter(a -> a.name().equals(name)).toList();
    if (named.size() != 1) {
      throw new AssertionError(named.size() + " actors named " + name + " in " + map.actors());
    }
    return named.get(0);
  }

  /** The name of the speaker of the first claim starting with {@code claimStart}, or null. */
  static String speakerOf(DebateMap map, String claimStart) {
    return speakerOf(map, c -> true, "claim", claimStart);
  }

  /** The same, among the claims of one kind. */
  static String speakerOf(DebateMap map, ClaimKind kind, String claimStart) {
    return speakerOf(map, c -> c.kind() == kind, kind + " claim", claimStart);
  }

  private static String speakerOf(
      DebateMap map, Predicate<Claim> among, String what, String claimStart) {
    Claim claim =
        map.claims().stream()
            .filter(among)
            .filter(c -> c.text().startsWith(claimStart))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + what + " starting " + claimStart));
    return claim.speaker() == null ? null : claim.speaker().name();
  }
}
