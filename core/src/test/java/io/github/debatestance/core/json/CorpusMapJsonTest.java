package io.github.debatestance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debatestance.core.aggregation.CorpusAggregator;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusMapJsonTest {

  private static Claim claim(String id, String actorId, String name, Stance stance, String text) {
    return new Claim(
        id,
        ClaimKind.DIRECT,
        text,
        new TextSpan(10, 10 + text.length()),
        actorId == null ? null : new Attribution(actorId, name, 0.9),
        actorId == null ? null : "said",
        new StanceAssessment(stance, 0.8, List.of("evidence of " + text)));
  }

  private static Actor actor(String id, String name, ActorType type, Stance stance) {
    return new Actor(
        id, name, List.of(), type, List.of("invented role"), new StanceAssessment(stance, 0.8, List.of()));
  }

  /** A corpus of two invented documents with dates, relations, key claims and an unattributed claim. */
  static CorpusMap sampleCorpus() {
    DebateMap first =
        new DebateMap(
            "first",
            List.of(
                actor("a1", "Ada Quill", ActorType.PERSON, Stance.PRO_OPEN_SOURCE),
                actor("a2", "Pellucid AI", ActorType.ORGANIZATION, Stance.PRO_SAFETY_CLOSED)),
            List.of(
                claim("c1", "a1", "Ada Quill", Stance.PRO_OPEN_SOURCE, "Share the weights."),
                claim("c2", "a2", "Pellucid AI", Stance.PRO_SAFETY_CLOSED, "Stage every release."),
                claim("c3", null, null, Stance.NEUTRAL, "Nobody knows.")),
            List.of(
                new Relation(
                    "a1", "a2", RelationType.OPPOSES, false, "Quill rebuffed", new TextSpan(0, 14),
                    List.of("c1"), 0.7)));
    DebateMap second =
        new DebateMap(
            "second",
            List.of(actor("a1", "Quill", ActorType.PERSON, Stance.PRO_OPEN_SOURCE)),
            List.of(claim("c1", "a1", "Quill", Stance.PRO_OPEN_SOURCE, "Still sharing.")));
    CorpusAggregator aggregator = new CorpusAggregator();
    aggregator.add(first, LocalDate.of(2024, 5, 17));
    aggregator.add(second, null);
    return aggregator.result();
  }

  @Test
  void corpusMapSurvivesARoundTrip() {
    CorpusMap map = sampleCorpus();

    CorpusMap back = CorpusMapJson.read(CorpusMapJson.write(map));

    assertThat(back).isEqualTo(map);
    assertThat(back.actors()).isNotEmpty();
    assertThat(back.relations()).hasSize(1);
    assertThat(back.actors().get(0).appearances().get(0).date()).isEqualTo(LocalDate.of(2024, 5, 17));
  }

  @Test
  void writtenJsonHasTheDocumentedKeysInOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(CorpusMapJson.write(sampleCorpus()));

    assertThat(names(root))
        .containsExactly("documentCount", "claimCount", "actors", "relations", "camps");
    JsonNode actor = root.get("actors").get(0);
    assertThat(names(actor))
        .containsExactly(
            "id", "name", "aliases", "type", "roles", "stance", "stanceCounts", "appearances",
            "keyClaims");
    assertThat(names(actor.get("stanceCounts")))
        .containsExactly("PRO_OPEN_SOURCE", "PRO_SAFETY_CLOSED", "NEUTRAL");
    assertThat(names(actor.get("appearances").get(0)))
        .containsExactly("document", "date", "actor", "stance", "claims");
    assertThat(actor.get("appearances").get(0).get("date").asText()).isEqualTo("2024-05-17");
    assertThat(actor.get("appearances").get(1).get("date").isNull()).isTrue();
    assertThat(names(actor.get("keyClaims").get(0))).containsExactly("document", "claim");
    assertThat(names(actor.get("keyClaims").get(0).get("claim")))
        .containsExactly("id", "kind", "text", "begin", "end", "speaker", "cue", "stance");
    assertThat(names(root.get("relations").get(0)))
        .containsExactly("source", "target", "type", "stated", "inferred", "evidence", "documents");
    assertThat(names(root.get("camps").get(0)))
        .containsExactly("stance", "actors", "claims", "meanConfidence");
  }

  @Test
  void prettyOutputSeparatesLinesWithNewlineOnly() {
    String json = CorpusMapJson.write(sampleCorpus());

    assertThat(json).contains("\n").doesNotContain("\r");
  }

  @Test
  void emptyCorpusSurvivesARoundTrip() {
    CorpusMap empty = new CorpusAggregator().result();

    assertThat(CorpusMapJson.read(CorpusMapJson.write(empty))).isEqualTo(empty);
  }

  @Test
  void unknownKeyIsRejectedWithItsPlace() {
    String json = CorpusMapJson.write(sampleCorpus()).replaceFirst("\"roles\"", "\"role\"");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CorpusMapJson.read(json))
        .withMessageContaining("actors[0]")
        .withMessageContaining("role");
  }

  @Test
  void malformedDateIsRejectedWithItsPlace() {
    String json = CorpusMapJson.write(sampleCorpus()).replace("2024-05-17", "17/05/2024");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CorpusMapJson.read(json))
        .withMessageContaining("actors[0].appearances[0]")
        .withMessageContaining("YYYY-MM-DD");
  }

  @Test
  void missingStanceCountIsRejected() {
    String json = CorpusMapJson.write(sampleCorpus()).replaceFirst(",\\s*\"NEUTRAL\" : \\d+", "");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CorpusMapJson.read(json))
        .withMessageContaining("actors[0]")
        .withMessageContaining("stanceCounts");
  }

  @Test
  void notAnObjectIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> CorpusMapJson.read("null"));
    assertThatIllegalArgumentException().isThrownBy(() -> CorpusMapJson.read("[1, 2]"));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
