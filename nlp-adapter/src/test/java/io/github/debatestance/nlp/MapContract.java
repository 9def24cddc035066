package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The invariants every debate map keeps for the text it was made from, as assertions. */
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
  }
}
