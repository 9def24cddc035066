package io.github.debatestance.examples;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain merge of a few analysed documents into a {@link CorpusMap}, so that the browser test can
 * render a corpus page from real analyses: actors are merged by exact name, an actor's corpus
 * stance is the stance most of their claims take, and relations are summed per pair and type.
 * It is a test stand-in for the library's corpus aggregation, not a model of it.
 */
final class CorpusOfMaps {

  /** One analysed document and its publication date, or null. */
  record Dated(DebateMap map, LocalDate date) {}

  private CorpusOfMaps() {}

  static CorpusMap of(List<Dated> documents) {
    Map<String, Merged> byName = new LinkedHashMap<>();
    Map<List<Object>, int[]> relationCounts = new LinkedHashMap<>();
    Map<List<Object>, List<String>> relationEvidence = new LinkedHashMap<>();
    Map<List<Object>, List<String>> relationDocuments = new LinkedHashMap<>();
    int claims = 0;
    for (Dated d : documents) {
      DebateMap map = d.map();
      claims += map.claims().size();
      for (Actor a : map.actors()) {
        Merged m = byName.computeIfAbsent(a.name(), name -> new Merged(a));
        List<Claim> own = map.claimsBy(a.id());
        m.appearances.add(
            new ActorAppearance(map.documentId(), d.date(), a.id(), a.stance(), own.size()));
        for (Claim c : own) {
          m.counts.merge(c.stance().label(), 1, Integer::sum);
          m.claims.add(new SourcedClaim(map.documentId(), c));
        }
      }
      for (Relation r : map.relations()) {
        String source = map.actor(r.sourceActorId()).map(Actor::name).orElse(null);
        String target = map.actor(r.targetActorId()).map(Actor::name).orElse(null);
        if (source == null || target == null || source.equals(target)) {
          continue;
        }
        List<Object> key = List.of(source, target, r.type());
        int[] counts = relationCounts.computeIfAbsent(key, k -> new int[2]);
        counts[r.inferred() ? 1 : 0]++;
        relationEvidence.computeIfAbsent(key, k -> new ArrayList<>()).add(r.evidence());
        List<String> docs = relationDocuments.computeIfAbsent(key, k -> new ArrayList<>());
        if (!docs.contains(map.documentId())) {
          docs.add(map.documentId());
        }
      }
    }
    int n = 0;
    List<CorpusActor> actors = new ArrayList<>();
    Map<String, String> idOfName = new LinkedHashMap<>();
    for (Merged m : byName.values()) {
      String id = "p" + ++n;
      idOfName.put(m.first.name(), id);
      Stance label = m.label();
      double confidence =
          m.claims.stream()
              .filter(c -> c.claim().stance().label() == label)
              .mapToDouble(c -> c.claim().stance().confidence())
              .average()
              .orElse(m.first.stance().confidence());
      List<SourcedClaim> key =
          m.claims.stream()
              .sorted(Comparator.comparingDouble((SourcedClaim c) -> -c.claim().stance().confidence()))
              .limit(3)
              .toList();
      actors.add(
          new CorpusActor(id, m.first.name(), m.first.aliases(), m.first.type(), m.first.roles(),
              new StanceAssessment(label, confidence, List.of()), m.counts, m.appearances, key));
    }
    actors.sort(Comparator.comparingInt(CorpusActor::claimCount).reversed());
    List<CorpusRelation> relations = new ArrayList<>();
    relationCounts.forEach(
        (key, counts) ->
            relations.add(
                new CorpusRelation(
                    idOfName.get((String) key.get(0)),
                    idOfName.get((String) key.get(1)),
                    (RelationType) key.get(2),
                    counts[0],
                    counts[1],
                    relationEvidence.get(key).stream().limit(3).toList(),
                    relationDocuments.get(key))));
    relations.sort(Comparator.comparing(CorpusRelation::isInferredOnly));
    List<Camp> camps = new ArrayList<>();
    for (Stance s : List.of(Stance.PRO_OPEN_SOURCE, Stance.PRO_SAFETY_CLOSED, Stance.NEUTRAL)) {
      List<CorpusActor> members = actors.stream().filter(a -> a.stance().label() == s).toList();
      if (members.isEmpty()) {
        continue;
      }
      List<Claim> onSide =
          members.stream()
              .flatMap(a -> byName.get(a.name()).claims.stream())
              .map(SourcedClaim::claim)
              .filter(c -> c.stance().label() == s)
              .toList();
      camps.add(
          new Camp(s, members.stream().map(CorpusActor::id).toList(), onSide.size(),
              onSide.stream().mapToDouble(c -> c.stance().confidence()).average().orElse(0)));
    }
    return new CorpusMap(documents.size(), claims, actors, relations, camps);
  }

  private static final class Merged {
    final Actor first;
    final Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    final List<ActorAppearance> appearances = new ArrayList<>();
    final List<SourcedClaim> claims = new ArrayList<>();

    Merged(Actor first) {
      this.first = first;
      for (Stance s : Stance.values()) {
        counts.put(s, 0);
      }
    }

    /** The stance most claims take; a tie between the sides, or no claim, is neutral. */
    Stance label() {
      int a = counts.get(Stance.PRO_OPEN_SOURCE);
      int b = counts.get(Stance.PRO_SAFETY_CLOSED);
      int neutral = counts.get(Stance.NEUTRAL);
      if (a > b && a >= neutral) {
        return Stance.PRO_OPEN_SOURCE;
      }
      if (b > a && b >= neutral) {
        return Stance.PRO_SAFETY_CLOSED;
      }
      return Stance.NEUTRAL;
    }
  }
}
