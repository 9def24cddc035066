package io.github.debatestance.core.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An article with its gold annotation: the text an analyzer reads, and the actors and claims it
 * should find there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the article's name, such as its file name without {@code .txt}
 * @param text the article, exactly as an analyzer is given it
 * @param actors everyone the article quotes or reports
 * @param claims everything an actor is reported to have said, in article order
 */
public record GoldDocument(String id, String text, List<GoldActor> actors, List<GoldClaim> claims) {

  /**
   * @throws IllegalArgumentException if a claim names a speaker who is not one of {@code actors}
   */
  public GoldDocument {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    actors = List.copyOf(requireNonNull(actors, "actors"));
    claims = List.copyOf(requireNonNull(claims, "claims"));
    // Attribution is scored against the speaker's actor entry, so a dangling name is an
    // annotation error that would otherwise pass silently as a wrong attribution.
    for (GoldClaim claim : claims) {
      String speaker = claim.speaker();
      checkArgument(
          speaker == null || actors.stream().anyMatch(a -> a.name().equals(speaker)),
          "claim speaker is not one of the document's actors: document=%s, speaker=%s",
          id,
          speaker);
    }
  }

  /** The actor with exactly this name, if there is one. */
  public Optional<GoldActor> actor(String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}
