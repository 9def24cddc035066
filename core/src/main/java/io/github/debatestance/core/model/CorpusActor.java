package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One actor across a corpus: the same person or organisation merged from every document that
 * quotes them, with a corpus-level stance.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a corpus-level identifier, stable for the same input in the same order
 * @param name the fullest name any document gives
 * @param aliases every other name the documents use for the actor
 * @param type person or organisation
 * @param roles every title and affiliation the documents state, first seen first
 * @param stance the actor's stance over the whole corpus
 * @param stanceCounts how many of the actor's claims take each stance; every stance is a key
 * @param appearances the documents the actor speaks in, in the order they were read
 * @param keyClaims a bounded selection of the actor's most confident claims
 */
public record CorpusActor(
    String id,
    String name,
    List<String> aliases,
    ActorType type,
    List<String> roles,
    StanceAssessment stance,
    Map<Stance, Integer> stanceCounts,
    List<ActorAppearance> appearances,
    List<SourcedClaim> keyClaims) {

  public CorpusActor {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: id=%s", id);
    aliases = List.copyOf(requireNonNull(aliases, "aliases"));
    requireNonNull(type, "type");
    roles = List.copyOf(requireNonNull(roles, "roles"));
    requireNonNull(stance, "stance");
    stanceCounts = Map.copyOf(requireNonNull(stanceCounts, "stanceCounts"));
    for (Stance s : Stance.values()) {
      checkArgument(
          stanceCounts.getOrDefault(s, -1) >= 0,
          "stanceCounts needs a count of at least 0 for every stance: %s",
          stanceCounts);
    }
    appearances = List.copyOf(requireNonNull(appearances, "appearances"));
    keyClaims = List.copyOf(requireNonNull(keyClaims, "keyClaims"));
  }

  /** How many claims the corpus attributes to the actor. */
  public int claimCount() {
    return stanceCounts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
