package io.github.debatestance.core.aggregation;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a document's actors into camps by their overall stance.
 *
 * <p>Stateless and thread-safe.
 */
public final class Camps {

  private Camps() {}

  /**
   * The camps of a map: one per stance that at least one actor holds, partisan camps first. Within
   * a camp, actors are ordered by the weight of their claims on the camp's side, then by name.
   */
  public static List<Camp> of(DebateMap map) {
    requireNonNull(map, "map");
    List<Camp> camps = new ArrayList<>();
    for (Stance stance : Stance.values()) {
      List<Member> members = new ArrayList<>();
      for (Actor actor : map.actors()) {
        if (actor.stance().label() != stance) {
          continue;
        }
        int count = 0;
        double confidence = 0;
        for (Claim claim : map.claimsBy(actor.id())) {
          if (claim.stance().label() == stance) {
            count++;
            confidence += claim.stance().confidence();
          }
        }
        members.add(new Member(actor, count, confidence));
      }
      if (members.isEmpty()) {
        continue;
      }
      members.sort(
          Comparator.comparingDouble(Member::weight)
              .reversed()
              .thenComparing(m -> m.actor().name()));
      int claims = members.stream().mapToInt(Member::claims).sum();
      double weight = members.stream().mapToDouble(Member::weight).sum();
      camps.add(
          new Camp(
              stance,
              members.stream().map(m -> m.actor().id()).toList(),
              claims,
              claims == 0 ? 0.0 : Math.min(1.0, weight / claims)));
    }
    return List.copyOf(camps);
  }

  private record Member(Actor actor, int claims, double weight) {}
}
