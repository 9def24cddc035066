package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invariants every debate map keeps for the text it was made from, as assertions: claims match
 * the text and do not overlap, speakers and both ends of every relation are actors of the map, no
 * actor relates to itself, and a relation rests only on claims of its two actors.
 */
final class MapContract {

  private MapContract() {}

  static void check(String documentId, String text, DebateMap map) {
    assertThat(map.documentId()).isEqualTo(documentId);
    for (Claim c : map.claims()) {
      assertThat(c.span().end()).as("end of %s", c.id()).isLessThanOrEqualTo(text.length());
      assertThat(c.text())
          .as("text of %s", c.id())
          .isEqualTo(text.substring(c.span().begin(), c.span().end()));
      assertThat(c.text()).as("text of %s", c.id()).isNotBlank();
    }
    List<Claim> byPosition = new ArrayList<>(map.claims());
    byPosition.sort(Comparator.comparingInt(c -> c.span().begin()));
    for (int i = 1; i < byPosition.size(); i++) {
      assertThat(byPosition.get(i).span().overlaps(byPosition.get(i - 1).span()))
          .as("%s overlaps %s", byPosition.get(i).id(), byPosition.get(i - 1).id())
          .isFalse();
    }
    Set<String> actorIds = map.actors().stream().map(Actor::id).collect(Collectors.toSet());
    assertThat(actorIds).as("actor ids are unique").hasSize(map.actors().size());
    assertThat(map.claims().stream().map(Claim::id).distinct().count())
        .as("claim ids are unique")
        .isEqualTo(map.claims().size());
    for (Claim c : map.claims()) {
      if (c.speaker() != null) {
        assertThat(actorIds).as("speaker of %s", c.id()).contains(c.speaker().actorId());
        assertThat(map.actor(c.speaker().actorId()).orElseThrow().name())
            .isEqualTo(c.speaker().name());
      }
    }
    for (Actor a : map.actors()) {
      assertThat(map.claimsBy(a.id())).as("claims of %s", a.id()).isNotEmpty();
    }
    Map<String, Claim> claimsById =
        map.claims().stream().collect(Collectors.toMap(Claim::id, c -> c));
    for (Relation r : map.relations()) {
      assertThat(actorIds).as("source of %s", r).contains(r.sourceActorId());
      assertThat(actorIds).as("target of %s", r).contains(r.targetActorId());
      assertThat(r.sourceActorId()).as("self relation %s", r).isNotEqualTo(r.targetActorId());
      if (!r.inferred()) {
        assertThat(r.span().end()).as("end of %s", r).isLessThanOrEqualTo(text.length());
        assertThat(r.evidence()).as("evidence of %s", r).isEqualTo(r.span().of(text));
      }
      for (String id : r.claimIds()) {
        assertThat(claimsById).as("claim of %s", r).containsKey(id);
        assertThat(claimsById.get(id).speaker()).as("speaker of %s in %s", id, r).isNotNull();
        assertThat(claimsById.get(id).speaker().actorId())
            .as("speaker of %s in %s", id, r)
            .isIn(r.sourceActorId(), r.targetActorId());
      }
    }
    List<Relation> stated = map.relations().stream().filter(r -> !r.inferred()).toList();
    assertThat(map.relations().subList(0, stated.size()))
        .as("stated relations come first")
        .isEqualTo(stated);
    assertThat(stated)
        .as("stated relations in document order")
        .isSortedAccordingTo(Comparator.comparingInt(r -> r.span().begin()));
  }
}
