package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Relations inferred from claims' stances, without any model: the points are plain phrases. */
class InferredRelationsTest {

  private static final List<String> TERMS = List.of("open weights", "safety", "open");

  /** A stand-in for a debate's target lexicon: the listed phrases a text contains. */
  private static Map<String, String> points(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String term : TERMS) {
      if (text.toLowerCase().contains(term)) {
        found.put(term, term);
      }
    }
    return found;
  }

  private static final InferredRelations INFERRED =
      new InferredRelations(InferredRelationsTest::points);

  private static Actor actor(String id, String name, Stance stance) {
    return new Actor(
        id,
        name,
        List.of(),
        ActorType.PERSON,
        List.of(),
        new StanceAssessment(stance, 0.8, List.of()));
  }

  private static Claim claim(int position, String actorId, String text, Stance stance, double p) {
    return new Claim(
        "c" + position,
        ClaimKind.INDIRECT,
        text,
        new TextSpan(position * 100, position * 100 + text.length()),
        new Attribution(actorId, actorId, 0.9),
        "said",
        new StanceAssessment(stance, p, List.of()));
  }

  private static final Actor OSEI = actor("a1", "Ravi Osei", Stance.PRO_OPEN_SOURCE);
  private static final Actor WHITLOCK = actor("a2", "Dana Whitlock", Stance.PRO_SAFETY_CLOSED);
  private static final Actor LIND = actor("a3", "Marta Lind", Stance.PRO_OPEN_SOURCE);

  @Test
  void theSameSideOnASharedPointSupportsAndOppositeSidesOppose() {
    List<Claim> claims =
        List.of(
            claim(1, "a1", "open weights help everyone", Stance.PRO_OPEN_SOURCE, 0.9),
            claim(2, "a2", "open weights put safety at risk", Stance.PRO_SAFETY_CLOSED, 0.8),
            claim(3, "a3", "open weights let us audit", Stance.PRO_OPEN_SOURCE, 0.8));

    List<Relation> relations = INFERRED.of(List.of(OSEI, WHITLOCK, LIND), claims, List.of());

    assertThat(relations)
        .extracting(r -> r.sourceActorId() + " " + r.type() + " " + r.targetActorId())
        .containsExactly("a2 OPPOSES a1", "a3 SUPPORTS a1", "a3 OPPOSES a2");
    Relation first = relations.get(0);
    assertThat(first.inferred()).isTrue();
    assertThat(first.span()).isNull();
    assertThat(first.claimIds()).containsExactly("c2", "c1");
    assertThat(first.confidence()).isCloseTo(0.72, within(1e-9));
    assertThat(first.evidence())
        .isEqualTo(
            "Dana Whitlock takes PRO_SAFETY_CLOSED and Ravi Osei PRO_OPEN_SOURCE"
                + " on \"open weights\"");
    assertThat(relations.get(1).evidence())
        .isEqualTo("Marta Lind and Ravi Osei both take PRO_OPEN_SOURCE on \"open weights\"");
  }

  @Test
  void claimsWithoutASharedPointOrBelowTheConfidenceFloorRelateNobody() {
    List<Claim> claims =
        List.of(
            claim(1, "a1", "open weights help everyone", Stance.PRO_OPEN_SOURCE, 0.9),
            claim(2, "a2", "safety comes first", Stance.PRO_SAFETY_CLOSED, 0.9),
            claim(3, "a3", "open weights let us audit", Stance.PRO_OPEN_SOURCE, 0.6));

    assertThat(INFERRED.of(List.of(OSEI, WHITLOCK, LIND), claims, List.of())).isEmpty();
  }

  @Test
  void neutralClaimsRelateNobody() {
    List<Claim> claims =
        List.of(
            claim(1, "a1", "open weights were released", Stance.NEUTRAL, 0.9),
            claim(2, "a2", "open weights were discussed", Stance.NEUTRAL, 0.9));

    assertThat(INFERRED.of(List.of(OSEI, WHITLOCK), claims, List.of())).isEmpty();
  }

  @Test
  void aPairWithAStatedRelationInEitherDirectionGetsNoInferredOne() {
    List<Claim> claims =
        List.of(
            claim(1, "a1", "open weights help everyone", Stance.PRO_OPEN_SOURCE, 0.9),
            claim(2, "a2", "open weights put safety at risk", Stance.PRO_SAFETY_CLOSED, 0.8));
    Relation stated =
        new Relation(
            "a1", "a2", RelationType.RESPONDS_TO, false, "Osei replied.", new TextSpan(0, 13),
            List.of(), 0.6);

    assertThat(INFERRED.of(List.of(OSEI, WHITLOCK), claims, List.of(stated))).isEmpty();
  }

  @Test
  void theMostSpecificSharedTermNamesThePoint() {
    assertThat(InferredRelations.isMoreSpecific("open weights", "open")).isTrue();
    assertThat(InferredRelations.isMoreSpecific("safety", "open")).isTrue();
    assertThat(InferredRelations.isMoreSpecific("open", "safety")).isFalse();
  }

  @Test
  void betweenPartisanActorsOnlyClaimPairsThatAgreeWithTheirCampsCount() {
    // Osei's one cautious claim agrees with Whitlock's, but their camps are opposed: no SUPPORTS.
    List<Claim> claims =
        List.of(
            claim(1, "a1", "open weights need safety testing", Stance.PRO_SAFETY_CLOSED, 0.95),
            claim(2, "a2", "open weights put safety at risk", Stance.PRO_SAFETY_CLOSED, 0.9),
            claim(3, "a1", "open weights help everyone", Stance.PRO_OPEN_SOURCE, 0.8));

    List<Relation> relations = INFERRED.of(List.of(OSEI, WHITLOCK), claims, List.of());

    assertThat(relations).extracting(Relation::type).containsExactly(RelationType.OPPOSES);
    assertThat(relations.get(0).claimIds()).containsExactly("c3", "c2");
  }

  @Test
  void theNumberOfRelationsIsBoundedAndTheSameInputGivesTheSameOutput() {
    List<Actor> actors = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      actors.add(actor("a" + i, "Speaker " + i, Stance.PRO_OPEN_SOURCE));
      claims.add(claim(i, "a" + i, "open weights help", Stance.PRO_OPEN_SOURCE, 0.7 + i / 100.0));
    }

    List<Relation> relations = INFERRED.of(actors, claims, List.of());

    assertThat(relations).hasSize(InferredRelations.MAX_RELATIONS);
    assertThat(INFERRED.of(actors, claims, List.of())).isEqualTo(relations);
    // The most confident pairs are kept: the weakest speaker, a1, is in none of them.
    assertThat(relations)
        .allSatisfy(
            r -> assertThat(List.of(r.sourceActorId(), r.targetActorId())).doesNotContain("a1"));
  }
}
