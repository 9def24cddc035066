package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A person, organisation or group whose words a document reports, under its canonical name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a document-local identifier, stable for the same input
 * @param name the fullest name the text gives ("Elon Musk")
 * @param aliases the other names the text uses for the actor ("Musk"); never pronouns
 * @param type person, organisation or group
 * @param roles titles and affiliations the text states ("Tesla and SpaceX CEO")
 * @param stance the actor's overall stance, aggregated from their claims
 */
public record Actor(
    String id,
    String name,
    List<String> aliases,
    ActorType type,
    List<String> roles,
    StanceAssessment stance) {

  public Actor {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: id=%s", id);
    aliases = List.copyOf(requireNonNull(aliases, "aliases"));
    requireNonNull(type, "type");
    roles = List.copyOf(requireNonNull(roles, "roles"));
    requireNonNull(stance, "stance");
  }

  /** A copy of this actor with another overall stance. */
  public Actor withStance(StanceAssessment newStance) {
    return new Actor(id, name, aliases, type, roles, newStance);
  }
}
