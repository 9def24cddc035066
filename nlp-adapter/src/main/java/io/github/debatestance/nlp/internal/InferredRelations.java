package io.github.debatestance.nlp.internal;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Infers relations the text does not state: two actors whose claims take a side on the same point
 * of the debate. The same side gives {@code SUPPORTS}, opposite sides give {@code OPPOSES}.
 *
 * <ul>
 *   <li>A claim counts when it has a speaker and a partisan stance with a confidence of at least
 *       {@value #MIN_STANCE_CONFIDENCE}.
 *   <li>Two claims are on the same point when both mention one of the debate's target terms ("open
 *       weights", "safety"); the point named in the evidence is the most specific shared term.
 *   <li>Each pair of actors gets at most one relation, none if the text states one between them in
 *       either direction. When both actors' overall stances are partisan, only claim pairs that
 *       agree with them count, so that an inferred relation never contradicts the camps. Of the
 *       claim pairs left, the most confident wins: confidence is the product of the two claims'
 *       stance confidences.
 *   <li>The actor whose claim comes later is the source, as the one who joins or answers.
 *   <li>At most {@value #MAX_RELATIONS} relations, the most confident, in the order of their later
 *       claims.
 * </ul>
 *
 * <p>Immutable and thread-safe if the points function is.
 */
public final class InferredRelations {

  /** The most inferred relations one map gets, so a long document's list stays readable. */
  static final int MAX_RELATIONS = 20;

  /**
   * Claims whose stance is less sure than this are too weak to relate two actors: on the
   * development corpus, 0.7 kept 10 relations between actors with a partisan annotated stance, 8
   * of them agreeing with those stances, where 0.5 kept 14 with 9 agreeing and 0.8 kept 7 with 6.
   */
  static final double MIN_STANCE_CONFIDENCE = 0.7;

  private final Function<String, Map<String, String>> points;

  /**
   * @param points the debate's target terms that a claim's text mentions, each with the words of
   *     the text that matched it
   */
  public InferredRelations(Function<String, Map<String, String>> points) {
    this.points = requireNonNull(points, "points");
  }

  private record Candidate(
      Claim earlier, Claim later, String sourceId, String targetId, RelationType type,
      String point, double confidence) {}

  /**
   * The inferred relations between the actors.
   *
   * @param actors the map's actors
   * @param claims the map's claims, in document order
   * @param stated the relations the text states
   */
  public List<Relation> of(List<Actor> actors, List<Claim> claims, List<Relation> stated) {
    Set<Set<String>> statedPairs = new HashSet<>();
    for (Relation r : stated) {
      statedPairs.add(Set.of(r.sourceActorId(), r.targetActorId()));
    }
    Map<String, List<Claim>> byActor = new HashMap<>();
    Map<String, Map<String, String>> pointsByClaim = new HashMap<>();
    for (Claim c : claims) {
      if (c.speaker() != null
          && c.stance().label().isPartisan()
          && c.stance().confidence() >= MIN_STANCE_CONFIDENCE) {
        Map<String, String> p = points.apply(c.text());
        if (!p.isEmpty()) {
          byActor.computeIfAbsent(c.speaker().actorId(), k -> new ArrayList<>()).add(c);
          pointsByClaim.put(c.id(), p);
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      for (int j = i + 1; j < actors.size(); j++) {
        Actor a = actors.get(i);
        Actor b = actors.get(j);
        if (statedPairs.contains(Set.of(a.id(), b.id()))) {
          continue;
        }
        Candidate best = null;
        for (Claim ca : byActor.getOrDefault(a.id(), List.of())) {
          for (Claim cb : byActor.getOrDefault(b.id(), List.of())) {
            Candidate c = candidate(a, b, ca, cb, pointsByClaim);
            if (c != null && (best == null || c.confidence() > best.confidence())) {
              best = c;
            }
          }
        }
        if (best != null) {
          candidates.add(best);
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::confidence)
            .reversed()
            .thenComparingInt(c -> c.later().span().begin())
            .thenComparingInt(c -> c.earlier().span().begin()));
    List<Candidate> kept =
        new ArrayList<>(candidates.subList(0, Math.min(MAX_RELATIONS, candidates.size())));
    kept.sort(
        Comparator.comparingInt((Candidate c) -> c.later().span().begin())
            .thenComparingInt(c -> c.earlier().span().begin()));
    Map<String, String> names = new HashMap<>();
    actors.forEach(a -> names.put(a.id(), a.name()));
    return kept.stream().map(c -> relation(c, names)).toList();
  }

  private static Candidate candidate(
      Actor a, Actor b, Claim ca, Claim cb, Map<String, Map<String, String>> pointsByClaim) {
    Map<String, String> pa = pointsByClaim.get(ca.id());
    Map<String, String> pb = pointsByClaim.get(cb.id());
    String shared = null;
    for (String term : pa.keySet()) {
      if (pb.containsKey(term) && (shared == null || isMoreSpecific(term, shared))) {
        shared = term;
      }
    }
    if (shared == null) {
      return null;
    }
    RelationType type =
        ca.stance().label() == cb.stance().label() ? RelationType.SUPPORTS : RelationType.OPPOSES;
    Stance sa = a.stance().label();
    Stance sb = b.stance().label();
    if (sa.isPartisan() && sb.isPartisan() && (sa == sb) != (type == RelationType.SUPPORTS)) {
      return null;
    }
    boolean bLater = cb.span().begin() > ca.span().begin();
    Claim later = bLater ? cb : ca;
    Claim earlier = bLater ? ca : cb;
    return new Candidate(
        earlier,
        later,
        later.speaker().actorId(),
        earlier.speaker().actorId(),
        type,
        pointsByClaim.get(later.id()).get(shared),
        ca.stance().confidence() * cb.stance().confidence());
  }

  /** A term of more words, else a longer one, else the first alphabetically. */
  static boolean isMoreSpecific(String term, String than) {
    int words = term.split("\\s+").length - than.split("\\s+").length;
    if (words != 0) {
      return words > 0;
    }
    if (term.length() != than.length()) {
      return term.length() > than.length();
    }
    return term.compareTo(than) < 0;
  }

  private static Relation relation(Candidate c, Map<String, String> names) {
    String source = names.get(c.sourceId());
    String target = names.get(c.targetId());
    Stance s = c.later().stance().label();
    Stance t = c.earlier().stance().label();
    String point = "\"" + c.point().toLowerCase(Locale.ROOT) + "\"";
    String evidence =
        c.type() == RelationType.SUPPORTS
            ? source + " and " + target + " both take " + s + " on " + point
            : source + " takes " + s + " and " + target + " " + t + " on " + point;
    return new Relation(
        c.sourceId(),
        c.targetId(),
        c.type(),
        true,
        evidence,
        null,
        List.of(c.later().id(), c.earlier().id()),
        Math.min(1.0, c.confidence()));
  }
}
