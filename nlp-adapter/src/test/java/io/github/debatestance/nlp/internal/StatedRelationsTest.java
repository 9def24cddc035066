package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How relation drafts become the map's stated relations, without any model. */
class StatedRelationsTest {

  private static final String TEXT =
      "Osei said audits work. Whitlock said audits fail.\n\nLind responded swiftly. Osei agreed.";

  private static final Map<String, String> IDS =
      Map.of("ravi osei", "a1", "dana whitlock", "a2", "marta lind", "a3");

  private static Claim claim(String id, String actorId, String words) {
    int begin = TEXT.indexOf(words);
    return new Claim(
        id,
        ClaimKind.INDIRECT,
        words,
        new TextSpan(begin, begin + words.length()),
        new Attribution(actorId, actorId, 0.9),
        "said",
        StanceAssessment.neutral(0.5));
  }

  private static final List<Claim> CLAIMS =
      List.of(claim("c1", "a1", "audits work"), claim("c2", "a2", "audits fail"));

  private static RelationDraft draft(String source, String target, String sentence) {
    int begin = TEXT.indexOf(sentence);
    TextSpan span = new TextSpan(begin, begin + sentence.length());
    return new RelationDraft(source, target, RelationType.RESPONDS_TO, span, begin, span, 0.6);
  }

  @Test
  void aDraftWithoutTargetAnswersTheLastOtherSpeakerBeforeTheCue() {
    List<Relation> relations =
        StatedRelations.of(
            TEXT, CLAIMS, IDS, List.of(draft("ravi osei", null, "Osei agreed.")));

    assertThat(relations).extracting(Relation::targetActorId).containsExactly("a2");
  }

  @Test
  void theLastOtherSpeakerSkipsTheSourcesOwnClaims() {
    List<Claim> claims =
        List.of(claim("c1", "a1", "audits work"), claim("c2", "a2", "audits fail"));

    assertThat(StatedRelations.lastOtherSpeaker(TEXT, claims, TEXT.indexOf("Lind"), "a2"))
        .isEqualTo("a1");
  }

  @Test
  void aSpeakerTooManyParagraphsBackIsAnsweredByNobody() {
    String text = "Osei said audits work.\n\nA.\n\nB.\n\nC.\n\nD.\n\nWhitlock responded.";
    int begin = text.indexOf("audits work");
    Claim early =
        new Claim(
            "c1",
            ClaimKind.INDIRECT,
            "audits work",
            new TextSpan(begin, begin + "audits work".length()),
            new Attribution("a1", "Ravi Osei", 0.9),
            "said",
            StanceAssessment.neutral(0.5));

    assertThat(StatedRelations.lastOtherSpeaker(text, List.of(early), text.indexOf("Whit"), "a2"))
        .isNull();
    assertThat(StatedRelations.paragraphBreaks(text, begin, text.indexOf("Whit"))).isEqualTo(5);
  }

  @Test
  void paragraphBreaksCountRunsOfLineBreaksOnce() {
    assertThat(StatedRelations.paragraphBreaks("a\n\n \nb\nc", 0, 8)).isEqualTo(2);
  }

  @Test
  void draftsWhoseActorsAreNotInTheMapOrWhoRelateToThemselvesAreDropped() {
    List<Relation> relations =
        StatedRelations.of(
            TEXT,
            CLAIMS,
            IDS,
            List.of(
                draft("tomas reyes", "ravi osei", "Lind responded swiftly."),
                draft("ravi osei", "tomas reyes", "Lind responded swiftly."),
                draft("ravi osei", "ravi osei", "Osei agreed.")));

    assertThat(relations).isEmpty();
  }

  @Test
  void evidenceIsTheTextAtTheSpanAndClaimsComeFromTheWindow() {
    int begin = TEXT.indexOf("Lind responded");
    TextSpan sentence = new TextSpan(begin, begin + "Lind responded swiftly.".length());
    TextSpan window = new TextSpan(0, TEXT.length());
    RelationDraft draft =
        new RelationDraft(
            "dana whitlock", "ravi osei", RelationType.OPPOSES, sentence, begin, window, 0.9);

    Relation relation = StatedRelations.of(TEXT, CLAIMS, IDS, List.of(draft)).get(0);

    assertThat(relation.evidence()).isEqualTo("Lind responded swiftly.");
    assertThat(relation.span()).isEqualTo(sentence);
    assertThat(relation.inferred()).isFalse();
    assertThat(relation.claimIds()).containsExactly("c2");
  }

  @Test
  void oneSentenceGivesOneRelationPerSourceTargetAndType() {
    RelationDraft once = draft("dana whitlock", "ravi osei", "Lind responded swiftly.");
    RelationDraft again =
        new RelationDraft(
            once.sourceKey(),
            once.targetKey(),
            once.type(),
            once.evidence(),
            once.cue() + 5,
            once.claimWindow(),
            0.5);

    assertThat(StatedRelations.of(TEXT, CLAIMS, IDS, List.of(again, once))).hasSize(1);
  }
}
