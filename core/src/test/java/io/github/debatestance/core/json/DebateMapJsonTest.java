package io.github.debatestance.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebateMapJsonTest {

  private static final String TEXT =
      "\"Weights belong to everyone,\" said Mara Quill of the Lantern Institute. "
          + "The Corvid Lab warned that open release invites misuse. "
          + "\"Nobody can recall a model once it ships.\"";

  private static DebateMap sampleMap() {
    Actor quill =
        new Actor(
            "a1",
            "Mara Quill",
            List.of("Quill"),
            ActorType.PERSON,
            List.of("Lantern Institute director"),
            new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.85, List.of("belong to everyone")));
    Actor corvid =
        new Actor(
            "a2",
            "Corvid Lab",
            List.of(),
            ActorType.ORGANIZATION,
            List.of(),
            new StanceAssessment(Stance.PRO_SAFETY_CLOSED, 0.7, List.of()));
    Claim first =
        claim(
            "c1",
            ClaimKind.DIRECT,
            "Weights belong to everyone,",
            new Attribution("a1", "Mara Quill", 0.95),
            "said",
            new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.85, List.of("belong to everyone")));
    Claim second =
        claim(
            "c2",
            ClaimKind.INDIRECT,
            "open release invites misuse",
            new Attribution("a2", "Corvid Lab", 0.8),
            "warned",
            new StanceAssessment(Stance.PRO_SAFETY_CLOSED, 0.7, List.of("invites misuse")));
    Claim third =
        claim(
            "c3",
            ClaimKind.DIRECT,
            "Nobody can recall a model once it ships.",
            null,
            null,
            StanceAssessment.neutral(0.5));
    String backing = "The Corvid Lab warned";
    Relation stated =
        new Relation(
            "a2",
            "a1",
            RelationType.OPPOSES,
            false,
            backing,
            new TextSpan(TEXT.indexOf(backing), TEXT.indexOf(backing) + backing.length()),
            List.of("c2"),
            0.8);
    Relation inferred =
        new Relation(
            "a1", "a2", RelationType.OPPOSES, true, "opposite sides on release", null,
            List.of("c1", "c2"), 0.6);
    return new DebateMap(
        "quill-sample",
        List.of(quill, corvid),
        List.of(first, second, third),
        List.of(stated, inferred));
  }

  private static Claim claim(
      String id,
      ClaimKind kind,
      String text,
      Attribution speaker,
      String cue,
      StanceAssessment stance) {
    int begin = TEXT.indexOf(text);
    return new Claim(
        id, kind, text, new TextSpan(begin, begin + text.length()), speaker, cue, stance);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void roundTripGivesAnEqualMap() {
    DebateMap map = sampleMap();

    assertThat(DebateMapJson.read(DebateMapJson.write(map))).isEqualTo(map);
    assertThat(DebateMapJson.read(DebateMapJson.writeLine(map))).isEqualTo(map);
  }

  @Test
  void roundTripKeepsAnEmptyMap() {
    DebateMap empty = DebateMap.empty("nothing");

    assertThat(DebateMapJson.read(DebateMapJson.write(empty))).isEqualTo(empty);
  }

  @Test
  void writtenJsonHasTheSchemaFieldNamesInOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(DebateMapJson.write(sampleMap()));

    assertThat(fieldNames(root)).containsExactly("document", "actors", "claims", "relations");
    assertThat(root.get("document").asText()).isEqualTo("quill-sample");

    JsonNode actor = root.get("actors").get(0);
    assertThat(fieldNames(actor))
        .containsExactly("id", "name", "aliases", "type", "roles", "stance");
    assertThat(actor.get("type").asText()).isEqualTo("PERSON");
    assertThat(actor.get("aliases").get(0).asText()).isEqualTo("Quill");
    assertThat(fieldNames(actor.get("stance"))).containsExactly("label", "confidence", "evidence");
    assertThat(actor.get("stance").get("label").asText()).isEqualTo("PRO_OPEN_SOURCE");

    JsonNode claim = root.get("claims").get(0);
    assertThat(fieldNames(claim))
        .containsExactly("id", "kind", "text", "begin", "end", "speaker", "cue", "stance");
    assertThat(fieldNames(claim.get("speaker"))).containsExactly("actor", "name", "confidence");
    assertThat(claim.get("speaker").get("actor").asText()).isEqualTo("a1");
    assertThat(claim.get("begin").asInt()).isEqualTo(1);
    assertThat(claim.get("end").asInt()).isEqualTo(1 + "Weights belong to everyone,".length());
    assertThat(claim.get("cue").asText()).isEqualTo("said");

    JsonNode unattributed = root.get("claims").get(2);
    assertThat(unattributed.has("speaker")).isTrue();
    assertThat(unattributed.get("speaker").isNull()).isTrue();
    assertThat(unattributed.get("cue").isNull()).isTrue();

    JsonNode stated = root.get("relations").get(0);
    assertThat(fieldNames(stated))
        .containsExactly(
            "source", "target", "type", "inferred", "evidence", "begin", "end", "claims",
            "confidence");
    assertThat(stated.get("type").asText()).isEqualTo("OPPOSES");
    JsonNode inferred = root.get("relations").get(1);
    assertThat(inferred.get("inferred").asBoolean()).isTrue();
    assertThat(inferred.get("begin").isNull()).isTrue();
  }

  @Test
  void writeLineIsOneLineAndWriteIsPretty() {
    DebateMap map = sampleMap();

    assertThat(DebateMapJson.writeLine(map)).doesNotContain("\n").doesNotContain("\r");
    assertThat(DebateMapJson.write(map)).contains("\n  \"actors\"").doesNotContain("\r");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{",
        "null",
        "[]",
        "{\"document\": \"d\", \"actors\": [], \"claims\": [], \"relations\": []} trailing",
        "{\"document\": \"d\", \"actors\": []}",
        "{\"document\": \"d\", \"actors\": [], \"claims\": [], \"relations\": [], \"extra\": 1}",
        "{\"document\": null, \"actors\": [], \"claims\": [], \"relations\": []}",
        "{\"document\": \"d\", \"actors\": [{\"id\": \"a1\", \"name\": \"X\", \"aliases\": [],"
            + " \"type\": \"ROBOT\", \"roles\": [], \"stance\": {\"label\": \"NEUTRAL\","
            + " \"confidence\": 0.5, \"evidence\": []}}], \"claims\": [],"
            + " \"relations\": []}",
        "{\"document\": \"d\", \"actors\": [], \"claims\": [{\"id\": \"c1\", \"kind\": \"DIRECT\","
            + " \"text\": \"abc\", \"begin\": 0, \"end\": 5, \"speaker\": null, \"cue\": null,"
            + " \"stance\": {\"label\": \"NEUTRAL\", \"confidence\": 0.5, \"evidence\": []}}],"
            + " \"relations\": []}",
        "{\"document\": \"d\", \"actors\": [], \"claims\": [{\"id\": \"c1\", \"kind\": \"DIRECT\","
            + " \"text\": \"abc\", \"begin\": 0, \"end\": 3, \"speaker\": null, \"cue\": null,"
            + " \"stance\": {\"label\": \"NEUTRAL\", \"confidence\": 1.5, \"evidence\": []}}],"
            + " \"relations\": []}",
        "{\"document\": \"d\", \"actors\": [], \"claims\": [], \"relations\": [{\"source\":"
            + " \"a1\", \"target\": \"a1\", \"type\": \"SUPPORTS\", \"inferred\": true,"
            + " \"evidence\": \"same side\", \"begin\": null, \"end\": null, \"claims\": [],"
            + " \"confidence\": 0.5}]}",
        "{\"document\": \"d\", \"actors\": [], \"claims\": [], \"relations\": [{\"source\":"
            + " \"a1\", \"target\": \"a2\", \"type\": \"SUPPORTS\", \"inferred\": false,"
            + " \"evidence\": \"backed\", \"begin\": 0, \"end\": null, \"claims\": [],"
            + " \"confidence\": 0.5}]}"
      })
  void malformedJsonIsAnIllegalArgument(String json) {
    assertThatThrownBy(() -> DebateMapJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("debate map JSON");
  }

  @Test
  void errorMessageSaysWhereTheProblemIs() {
    String json =
        "{\"document\": \"d\", \"actors\": [], \"claims\": [{\"id\": \"c1\", \"kind\": \"DIRECT\","
            + " \"text\": \"abc\", \"begin\": 0, \"end\": 5, \"speaker\": null, \"cue\": null,"
            + " \"stance\": {\"label\": \"NEUTRAL\", \"confidence\": 0.5, \"evidence\": []}}],"
            + " \"relations\": []}";

    assertThatThrownBy(() -> DebateMapJson.read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claims[0]")
        .hasMessageContaining("span");
  }
}
