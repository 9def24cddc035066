package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * @param appearances the documents the actor speaks in: dated ones by date, then undated ones,
 *     each in the order they were read
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

  /**
   * The actor's stance on each date on which a dated document quotes them, in date order. Where
   * several documents of one date do, their stances vote, each weighted by its confidence times
   * the number of claims behind it; a tie for first place is {@link Stance#NEUTRAL}.
   */
  public ImmutableSortedMap<LocalDate, Stance> timeline() {
    Map<LocalDate, Map<Stance, Double>> votes = new TreeMap<>();
    for (ActorAppearance a : appearances) {
      if (a.date() != null) {
        votes
            .computeIfAbsent(a.date(), d -> new EnumMap<>(Stance.class))
            .merge(
                a.stance().label(),
                a.stance().confidence() * Math.max(1, a.claimCount()),
                Double::sum);
      }
    }
    ImmutableSortedMap.Builder<LocalDate, Stance> timeline = ImmutableSortedMap.naturalOrder();
    votes.forEach((date, weights) -> timeline.put(date, winner(weights)));
    return timeline.build();
  }

  private static Stance winner(Map<Stance, Double> weights) {
    Stance best = Stance.NEUTRAL;
    double bestWeight = -1;
    boolean tie = false;
    for (Map.Entry<Stance, Double> e : weights.entrySet()) {
      if (e.getValue() > bestWeight) {
        best = e.getKey();
        bestWeight = e.getValue();
        tie = false;
      } else if (e.getValue() == bestWeight) {
        tie = true;
      }
    }
    return tie ? Stance.NEUTRAL : best;
  }
}
