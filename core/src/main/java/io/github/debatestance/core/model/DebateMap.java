package io.github.debatestance.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of analysing one document: its actors, with their overall stances, its claims in the
 * order they appear, and the relations between its actors.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the id of the analysed document
 * @param actors every actor who speaks in the document
 * @param claims every claim, ordered by position
 * @param relations who supports, opposes or answers whom: stated relations in document order,
 *     then inferred ones
 */
public record DebateMap(
    String documentId, List<Actor> actors, List<Claim> claims, List<Relation> relations) {

  public DebateMap {
    requireNonNull(documentId, "documentId");
    actors = List.copyOf(requireNonNull(actors, "actors"));
    claims = List.copyOf(requireNonNull(claims, "claims"));
    relations = List.copyOf(requireNonNull(relations, "relations"));
  }

  /** A map with no relations between its actors. */
  public DebateMap(String documentId, List<Actor> actors, List<Claim> claims) {
    this(documentId, actors, claims, List.of());
  }

  /** A map with no actors and no claims. */
  public static DebateMap empty(String documentId) {
    return new DebateMap(documentId, List.of(), List.of());
  }

  /** A copy of this map with the given relations in place of its own. */
  public DebateMap withRelations(List<Relation> newRelations) {
    return new DebateMap(documentId, actors, claims, newRelations);
  }

  /** The actor with this id, if the map has one. */
  public Optional<Actor> actor(String actorId) {
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
  }

  /** The claims attributed to the given actor, in document order. */
  public List<Claim> claimsBy(String actorId) {
    return claims.stream()
        .filter(c -> c.speaker() != null && c.speaker().actorId().equals(actorId))
        .toList();
  }
}
