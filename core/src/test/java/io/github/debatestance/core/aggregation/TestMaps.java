package io.github.debatestance.core.aggregation;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small debate maps by hand, as an analyzer would return them, with invented names. Each
 * actor's stance is the default aggregate of its claims.
 */
final class TestMaps {

  private final String documentId;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private int offset;

  private TestMaps(String documentId) {
    this.documentId = documentId;
  }

  static TestMaps document(String documentId) {
    return new TestMaps(documentId);
  }

  TestMaps person(String id, String name, String... roles) {
    return actor(id, name, ActorType.PERSON, List.of(), List.of(roles));
  }

  TestMaps organization(String id, String name, String... aliases) {
    return actor(id, name, ActorType.ORGANIZATION, List.of(aliases), List.of());
  }

  TestMaps actor(
      String id, String name, ActorType type, List<String> aliases, List<String> roles) {
    actors.put(id, new Actor(id, name, aliases, type, roles, StanceAssessment.neutral(0.5)));
    return this;
  }

  TestMaps claim(String actorId, Stance stance, double confidence, String text) {
    Actor speaker = actors.get(actorId);
    claims.add(
        new Claim(
            "c" + (claims.size() + 1),
            ClaimKind.DIRECT,
            text,
            new TextSpan(offset, offset + text.length()),
            speaker == null ? null : new Attribution(actorId, speaker.name(), 0.9),
            "said",
            new StanceAssessment(stance, confidence, List.of(stance.name().toLowerCase()))));
    offset += text.length() + 1;
    return this;
  }

  TestMaps stated(String source, String target, RelationType type, String evidence) {
    relations.add(
        new Relation(
            source, target, type, false, evidence, new TextSpan(0, evidence.length()), List.of(),
            0.8));
    return this;
  }

  TestMaps inferred(String source, String target, RelationType type, String evidence) {
    relations.add(new Relation(source, target, type, true, evidence, null, List.of(), 0.6));
    return this;
  }

  DebateMap build() {
    DebateMap bare = new DebateMap(documentId, List.copyOf(actors.values()), claims, relations);
    List<Actor> withStances = new ArrayList<>();
    for (Actor a : actors.values()) {
      withStances.add(a.withStance(ActorStanceAggregator.defaults().aggregate(bare.claimsBy(a.id()))));
    }
    return new DebateMap(documentId, withStances, claims, relations);
  }
}
