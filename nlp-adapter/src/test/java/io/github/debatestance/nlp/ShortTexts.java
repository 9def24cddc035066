package io.github.debatestance.nlp;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import java.util.function.Predicate;

/**
 * The analysis of a short text written for a test, with the shared analyzer, and the speaker the
 * map gives one of its claims, found by the words the claim starts with.
 */
final class ShortTexts {

  private ShortTexts() {}

  static DebateMap analyze(String text) {
    return SharedAnalyzer.get().analyze(new Document("test", text));
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
