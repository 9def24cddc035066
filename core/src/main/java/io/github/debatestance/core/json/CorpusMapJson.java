package io.github.debatestance.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.debatestance.core.json.DebateMapJson.ClaimJson;
import io.github.debatestance.core.json.DebateMapJson.StanceJson;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Camp;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.CorpusRelation;
import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.SourcedClaim;
import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link CorpusMap} as JSON and reads it back, in one stable schema:
 *
 * <pre>{@code
 * {"documentCount": 0, "claimCount": 0,
 *  "actors": [{"id", "name", "aliases", "type", "roles",
 *              "stance": {"label", "confidence", "evidence"},
 *              "stanceCounts": {"PRO_OPEN_SOURCE": 0, "PRO_SAFETY_CLOSED": 0, "NEUTRAL": 0},
 *              "appearances": [{"document", "date": "YYYY-MM-DD" or null, "actor",
 *                               "stance": {"label", "confidence", "evidence"}, "claims": 0}],
 *              "keyClaims": [{"document", "claim": {a claim as in DebateMapJson}}]}],
 *  "relations": [{"source", "target", "type", "stated", "inferred", "evidence", "documents"}],
 *  "camps": [{"stance", "actors", "claims", "meanConfidence"}]}
 * }</pre>
 *
 * <p>Actor ids ({@code "c1"}) are the corpus's; {@code source}, {@code target} and a camp's {@code
 * actors} refer to them. An appearance's {@code actor} and a key claim's speaker are the actor's
 * id in that document's own map. {@code stanceCounts} has every stance as a key. A key claim has
 * exactly the fields of a claim in {@link DebateMapJson}, offsets into its document's text. The
 * actor's timeline is not written: it follows from the dated appearances. Every field is always
 * written, {@code null} included.
 *
 * <p>Thread-safe: the class holds only the shared, fully configured Jackson mapper.
 */
public final class CorpusMapJson {

  private static final JsonValidation CHECK = new JsonValidation("corpus map");

  private record CorpusJson(
      int documentCount,
      int claimCount,
      List<ActorJson> actors,
      List<RelationJson> relations,
      List<CampJson> camps) {}

  private record ActorJson(
      String id,
      String name,
      List<String> aliases,
      ActorType type,
      List<String> roles,
      StanceJson stance,
      Map<Stance, Integer> stanceCounts,
      List<AppearanceJson> appearances,
      List<KeyClaimJson> keyClaims) {}

  private record AppearanceJson(
      String document, String date, String actor, StanceJson stance, int claims) {}

  private record KeyClaimJson(String document, ClaimJson claim) {}

  private record RelationJson(
      String source,
      String target,
      RelationType type,
      int stated,
      int inferred,
      List<String> evidence,
      List<String> documents) {}

  private record CampJson(Stance stance, List<String> actors, int claims, double meanConfidence) {}

  private static final ObjectReader READER = DebateMapJson.MAPPER.readerFor(CorpusJson.class);

  private CorpusMapJson() {}

  /**
   * The corpus map as pretty-printed JSON, lines separated by {@code "\n"}.
   *
   * @throws NullPointerException if {@code map} is null
   */
  public static String write(CorpusMap map) {
    requireNonNull(map, "map");
    try {
      return DebateMapJson.PRETTY.writeValueAsString(toJson(map));
    } catch (JacksonException e) {
      // Only strings, numbers and enums are written, so this cannot happen short of a Jackson bug.
      throw new IllegalStateException("could not write corpus map", e);
    }
  }

  /**
   * Parses a corpus map that {@link #write} wrote.
   *
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if {@code json} is not valid JSON in this schema, or its
   *     values break the model's rules; the message says where
   */
  public static CorpusMap read(String json) {
    requireNonNull(json, "json");
    CorpusJson parsed;
    try {
      parsed = READER.readValue(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "malformed corpus map JSON" + DebateMapJson.location(e) + ": " + e.getOriginalMessage(),
          e);
    }
    if (parsed == null) {
      throw new IllegalArgumentException("malformed corpus map JSON: expected an object, got null");
    }
    return toModel(parsed);
  }

  private static CorpusJson toJson(CorpusMap map) {
    List<ActorJson> actors = new ArrayList<>(map.actors().size());
    for (CorpusActor a : map.actors()) {
      Map<Stance, Integer> counts = new LinkedHashMap<>();
      for (Stance s : Stance.values()) {
        counts.put(s, a.stanceCounts().get(s));
      }
      List<AppearanceJson> appearances = new ArrayList<>(a.appearances().size());
      for (ActorAppearance p : a.appearances()) {
        appearances.add(
            new AppearanceJson(
                p.documentId(),
                p.date() == null ? null : p.date().toString(),
                p.localActorId(),
                DebateMapJson.toJson(p.stance()),
                p.claimCount()));
      }
      List<KeyClaimJson> keyClaims = new ArrayList<>(a.keyClaims().size());
      for (SourcedClaim c : a.keyClaims()) {
        keyClaims.add(new KeyClaimJson(c.documentId(), DebateMapJson.toJson(c.claim())));
      }
      actors.add(
          new ActorJson(
              a.id(),
              a.name(),
              a.aliases(),
              a.type(),
              a.roles(),
              DebateMapJson.toJson(a.stance()),
              counts,
              appearances,
              keyClaims));
    }
    List<RelationJson> relations = new ArrayList<>(map.relations().size());
    for (CorpusRelation r : map.relations()) {
      relations.add(
          new RelationJson(
              r.sourceActorId(),
              r.targetActorId(),
              r.type(),
              r.statedCount(),
              r.inferredCount(),
              r.evidence(),
              r.documentIds()));
    }
    List<CampJson> camps = new ArrayList<>(map.camps().size());
    for (Camp c : map.camps()) {
      camps.add(new CampJson(c.stance(), c.actorIds(), c.claimCount(), c.meanConfidence()));
    }
    return new CorpusJson(map.documentCount(), map.claimCount(), actors, relations, camps);
  }

  private static CorpusMap toModel(CorpusJson json) {
    List<ActorJson> actorsJson = CHECK.required(json.actors(), "actors");
    List<CorpusActor> actors = new ArrayList<>(actorsJson.size());
    for (int i = 0; i < actorsJson.size(); i++) {
      String where = "actors[" + i + "]";
      ActorJson a = CHECK.required(actorsJson.get(i), where);
      List<AppearanceJson> appearancesJson =
          CHECK.required(a.appearances(), where + ".appearances");
      List<ActorAppearance> appearances = new ArrayList<>(appearancesJson.size());
      for (int j = 0; j < appearancesJson.size(); j++) {
        String at = where + ".appearances[" + j + "]";
        AppearanceJson p = CHECK.required(appearancesJson.get(j), at);
        appearances.add(
            CHECK.built(
                at,
                () ->
                    new ActorAppearance(
                        p.document(),
                        dateOf(p.date()),
                        p.actor(),
                        DebateMapJson.toModel(CHECK.required(p.stance(), at + ".stance")),
                        p.claims())));
      }
      List<KeyClaimJson> keyClaimsJson = CHECK.required(a.keyClaims(), where + ".keyClaims");
      List<SourcedClaim> keyClaims = new ArrayList<>(keyClaimsJson.size());
      for (int j = 0; j < keyClaimsJson.size(); j++) {
        String at = where + ".keyClaims[" + j + "]";
        KeyClaimJson k = CHECK.required(keyClaimsJson.get(j), at);
        keyClaims.add(
            CHECK.built(
                at,
                () ->
                    new SourcedClaim(
                        k.document(),
                        DebateMapJson.toModel(CHECK.required(k.claim(), at + ".claim")))));
      }
      actors.add(
          CHECK.built(
              where,
              () ->
                  new CorpusActor(
                      a.id(),
                      a.name(),
                      a.aliases(),
                      a.type(),
                      a.roles(),
                      DebateMapJson.toModel(CHECK.required(a.stance(), where + ".stance")),
                      CHECK.required(a.stanceCounts(), where + ".stanceCounts"),
                      appearances,
                      keyClaims)));
    }
    List<RelationJson> relationsJson = CHECK.required(json.relations(), "relations");
    List<CorpusRelation> relations = new ArrayList<>(relationsJson.size());
    for (int i = 0; i < relationsJson.size(); i++) {
      String where = "relations[" + i + "]";
      RelationJson r = CHECK.required(relationsJson.get(i), where);
      relations.add(
          CHECK.built(
              where,
              () ->
                  new CorpusRelation(
                      r.source(),
                      r.target(),
                      r.type(),
                      r.stated(),
                      r.inferred(),
                      r.evidence(),
                      r.documents())));
    }
    List<CampJson> campsJson = CHECK.required(json.camps(), "camps");
    List<Camp> camps = new ArrayList<>(campsJson.size());
    for (int i = 0; i < campsJson.size(); i++) {
      String where = "camps[" + i + "]";
      CampJson c = CHECK.required(campsJson.get(i), where);
      camps.add(
          CHECK.built(
              where, () -> new Camp(c.stance(), c.actors(), c.claims(), c.meanConfidence())));
    }
    return CHECK.built(
        "corpus",
        () -> new CorpusMap(json.documentCount(), json.claimCount(), actors, relations, camps));
  }

  private static LocalDate dateOf(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date must be YYYY-MM-DD: '" + date + "'", e);
    }
  }
}
