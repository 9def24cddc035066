package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relations that the text states between actors, each pattern on a short text written for this
 * test. The two actors speak first, so that both are actors of the map; the last paragraph relates
 * them.
 */
class RelationPatternsTest {

  private static final String TWO_SPEAKERS =
      "Ravi Osei said open weights let anyone audit a model.\n\n"
          + "Dana Whitlock warned that open releases can be misused by anyone.\n\n";

  private static DebateMap analyze(String text) {
    DebateMap map = SharedAnalyzer.get().analyze(new Document("test", text));
    MapContract.check("test", text, map);
    return map;
  }

  private static List<Relation> stated(DebateMap map) {
    return map.relations().stream().filter(r -> !r.inferred()).toList();
  }

  private static String name(DebateMap map, String actorId) {
    return map.actor(actorId).map(Actor::name).orElseThrow();
  }

  /** The stated relations as "source TYPE target". */
  private static List<String> statedSummary(DebateMap map) {
    return stated(map).stream()
        .map(
            r ->
                name(map, r.sourceActorId()) + " " + r.type() + " " + name(map, r.targetActorId()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dana Whitlock backed Ravi Osei's call for open weights.|SUPPORTS",
        "Whitlock endorsed Osei's plan on Tuesday.|SUPPORTS",
        "Whitlock agreed with Osei on the licence.|SUPPORTS",
        "Whitlock sided with Osei in the vote.|SUPPORTS",
        "Whitlock praised Osei for his candour.|SUPPORTS",
        "Whitlock echoed Osei's doubts about the market.|SUPPORTS",
        "Whitlock defended Osei against the board.|SUPPORTS",
        "Whitlock joined Osei in calling for an audit.|SUPPORTS",
        "Whitlock criticized Osei for ignoring misuse.|OPPOSES",
        "Whitlock rejected Osei's claim that audits are enough.|OPPOSES",
        "Whitlock dismissed Osei's proposal as naive.|OPPOSES",
        "Whitlock slammed Osei on Monday.|OPPOSES",
        "Whitlock attacked Osei in an interview.|OPPOSES",
        "Whitlock hit back at Osei in a long post.|OPPOSES",
        "Whitlock accused Osei of ignoring the risks.|OPPOSES",
        "Whitlock disputed Osei's figures.|OPPOSES",
        "Whitlock contradicted Osei at the hearing.|OPPOSES",
        "Whitlock pushed back against Osei's argument.|OPPOSES",
        "Whitlock took aim at Osei's licence.|OPPOSES",
        "Whitlock responded to Osei on Wednesday.|RESPONDS_TO",
        "Whitlock replied to Osei in a letter.|RESPONDS_TO",
        "Whitlock answered Osei at length.|RESPONDS_TO",
        "Whitlock fired back at Osei within hours.|RESPONDS_TO",
      })
  void eachCueFamilyStatesItsRelationFromSubjectToObject(String sentence, RelationType type) {
    DebateMap map = analyze(TWO_SPEAKERS + sentence);

    assertThat(statedSummary(map)).containsExactly("Dana Whitlock " + type + " Ravi Osei");
    Relation relation = stated(map).get(0);
    assertThat(relation.evidence()).isEqualTo(sentence);
    assertThat(relation.span().begin()).isEqualTo(TWO_SPEAKERS.length());
  }

  @Test
  void aPronounSubjectIsTheSourceItPointsBackTo() {
    DebateMap map = analyze(TWO_SPEAKERS + "She backed Osei's call for audits.");

    assertThat(statedSummary(map)).containsExactly("Dana Whitlock SUPPORTS Ravi Osei");
    assertThat(stated(map).get(0).confidence()).isLessThan(0.9);
  }

  @Test
  void anObjectPronounPointsToSomeoneOtherThanTheSubject() {
    DebateMap map = analyze(TWO_SPEAKERS + "Whitlock praised him anyway.");

    assertThat(statedSummary(map)).containsExactly("Dana Whitlock SUPPORTS Ravi Osei");
  }

  @Test
  void aRoleNounSubjectAndARoleNounOwnerResolveToTheOrganisation() {
    String text =
        "Northwind Labs said it would publish the weights of every model it trains.\n\n"
            + "Dana Whitlock warned that open releases can be misused by anyone.\n\n"
            + "The company rejected Whitlock's claim that open releases are reckless.\n\n"
            + "Whitlock rejected the company's claim that publishing is safe.";
    DebateMap map = analyze(text);

    assertThat(statedSummary(map))
        .containsExactly(
            "Northwind Labs OPPOSES Dana Whitlock", "Dana Whitlock OPPOSES Northwind Labs");
  }

  @Test
  void thePassiveAgentIsTheSource() {
    DebateMap map = analyze(TWO_SPEAKERS + "Osei was criticized by Whitlock on Monday.");

    assertThat(statedSummary(map)).containsExactly("Dana Whitlock OPPOSES Ravi Osei");
  }

  @Test
  void coordinatedTargetsAndASharedSubjectGiveOneRelationEach() {
    String text =
        TWO_SPEAKERS
            + "Marta Lind said the licence was too loose.\n\n"
            + "Whitlock praised Osei and Lind, and criticized the board.";
    DebateMap map = analyze(text);

    assertThat(statedSummary(map))
        .containsExactly("Dana Whitlock SUPPORTS Ravi Osei", "Dana Whitlock SUPPORTS Marta Lind");
  }

  @Test
  void aResponseWithoutObjectAnswersTheLastOtherActorQuotedBeforeIt() {
    String text =
        TWO_SPEAKERS
            + "Osei responded swiftly:\n\n"
            + "\"Audits catch misuse faster than secrecy ever did.\"";
    DebateMap map = analyze(text);

    assertThat(statedSummary(map)).containsExactly("Ravi Osei RESPONDS_TO Dana Whitlock");
    Relation relation = stated(map).get(0);
    assertThat(relation.evidence()).isEqualTo("Osei responded swiftly:");
    Claim answer =
        map.claims().stream().filter(c -> c.text().startsWith("Audits")).findFirst().orElseThrow();
    assertThat(relation.claimIds()).containsExactly(answer.id());
  }

  @Test
  void aResponseWithoutObjectAndNoOtherActorBeforeItStatesNothing() {
    String text =
        "Ravi Osei said open weights let anyone audit a model.\n\n"
            + "Osei responded swiftly to the questions.\n\n"
            + "Dana Whitlock warned that open releases can be misused by anyone.";
    DebateMap map = analyze(text);

    assertThat(stated(map)).isEmpty();
  }

  @Test
  void actorsMentionedTogetherWithoutACueAreNotRelated() {
    DebateMap map = analyze(TWO_SPEAKERS + "Whitlock met Osei in Leeds last spring.");

    assertThat(stated(map)).isEmpty();
  }

  @Test
  void aTargetWhoSaysNothingIsNoActorOfTheMapAndGetsNoRelation() {
    DebateMap map = analyze(TWO_SPEAKERS + "Whitlock criticized Marta Lind's plan on Friday.");

    assertThat(map.actors()).extracting(Actor::name).doesNotContain("Marta Lind");
    assertThat(stated(map)).isEmpty();
  }

  @Test
  void anActorDefendingTheirOwnRecordIsNoRelation() {
    DebateMap map = analyze(TWO_SPEAKERS + "Whitlock defended her record on safety.");

    assertThat(stated(map)).isEmpty();
  }

  @Test
  void aNegatedCueStatesNothing() {
    DebateMap map = analyze(TWO_SPEAKERS + "Whitlock did not back Osei's plan.");

    assertThat(stated(map)).isEmpty();
  }

  @Test
  void aCueUnderAVerbThatLeavesItUndoneStatesNothing() {
    String text =
        TWO_SPEAKERS
            + "Marta Lind said the licence was too loose.\n\n"
            + "Whitlock declined to criticize Osei. Whitlock urged Lind to back Osei.";
    DebateMap map = analyze(text);

    assertThat(stated(map)).isEmpty();
  }

  @Test
  void aReplyToAQuestionAnswersNoActor() {
    String text =
        TWO_SPEAKERS + "Asked about the licence, Osei replied: \"It is fine as it stands today.\"";
    DebateMap map = analyze(text);

    assertThat(stated(map)).isEmpty();
  }

  @Test
  void aCueInsideAQuotationStatesNothing() {
    String text =
        TWO_SPEAKERS + "\"I have always backed Osei on this,\" Whitlock said of the licence.";
    DebateMap map = analyze(text);

    assertThat(stated(map)).isEmpty();
  }
}
