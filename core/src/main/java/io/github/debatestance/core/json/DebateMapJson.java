package io.github.debatestance.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.List;

/**
 * Writes a {@link DebateMap} as JSON and reads it back, in one stable schema:
 *
 * <pre>{@code
 * {"document": "...",
 *  "actors": [{"id", "name", "aliases", "type", "roles",
 *              "stance": {"label", "confidence", "evidence"}}],
 *  "claims": [{"id", "kind", "text", "begin", "end",
 *              "speaker": {"actor", "name", "confidence"} or null,
 *              "cue": "..." or null,
 *              "stance": {"label", "confidence", "evidence"}}],
 *  "relations": [{"source", "target", "type", "inferred", "evidence",
 *                 "begin", "end" (null when inferred), "claims", "confidence"}]}
 * }</pre>
 *
 * <p>{@code begin} and {@code end} are the claim's character offsets, end exclusive, as in {@link
 * TextSpan}. Every field is always written, {@code null} included, so that a reader in any language
 * sees the same keys on every record.
 *
 * <p>Thread-safe: the class holds only one shared, fully configured Jackson mapper.
 */
public final class DebateMapJson {

  private static final JsonValidation CHECK = new JsonValidation("debate map");

  /*
   * The file format lives in these private records, not in the model: the model can then change
   * its Java shape without changing the schema, and the schema's names ("document", "actor") need
   * no annotations on the model. Jackson writes a record's fields in component order.
   */
  private record MapJson(
      String document, List<ActorJson> actors, List<ClaimJson> claims, List<RelationJson> relations) {}

  private record ActorJson(
      String id,
      String name,
      List<String> aliases,
      ActorType type,
      List<String> roles,
      StanceJson stance) {}

  record ClaimJson(
      String id,
      ClaimKind kind,
      String text,
      int begin,
      int end,
      SpeakerJson speaker,
      String cue,
      StanceJson stance) {}

  private record RelationJson(
      String source,
      String target,
      RelationType type,
      boolean inferred,
      String evidence,
      Integer begin,
      Integer end,
      List<String> claims,
      double confidence) {}

  record SpeakerJson(String actor, String name, double confidence) {}

  record StanceJson(Stance label, double confidence, List<String> evidence) {}

  /** The mapper of every schema in this package: strict on reading, fields in record order. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          // Strict reading: a typo in a key or a missing field is an error, not a silent default.
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .build();

  // "\n" rather than the platform's line separator, so the output is the same on every system.
  static final ObjectWriter PRETTY =
      MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectWriter COMPACT = MAPPER.writer();
  private static final ObjectReader READER = MAPPER.readerFor(MapJson.class);

  private DebateMapJson() {}

  /**
   * The map as pretty-printed JSON, lines separated by {@code "\n"}.
   *
   * @throws NullPointerException if {@code map} is null
   */
  public static String write(DebateMap map) {
    return writeWith(PRETTY, map);
  }

  /**
   * The map as compact JSON on one line, with no line break in it, for JSON Lines files.
   *
   * @throws NullPointerException if {@code map} is null
   */
  public static String writeLine(DebateMap map) {
    return writeWith(COMPACT, map);
  }

  /**
   * Parses a map that {@link #write} or {@link #writeLine} wrote.
   *
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if {@code json} is not valid JSON in this schema, or its
   *     values break the model's rules (a span whose length differs from its text's, say); the
   *     message says where
   */
  public static DebateMap read(String json) {
    requireNonNull(json, "json");
    MapJson parsed;
    try {
      parsed = READER.readValue(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "malformed debate map JSON" + location(e) + ": " + e.getOriginalMessage(), e);
    }
    if (parsed == null) {
      throw new IllegalArgumentException("malformed debate map JSON: expected an object, got null");
    }
    return toModel(parsed);
  }

  private static String writeWith(ObjectWriter writer, DebateMap map) {
    requireNonNull(map, "map");
    try {
      return writer.writeValueAsString(toJson(map));
    } catch (JacksonException e) {
      // Only strings, numbers and enums are written, so this cannot happen short of a Jackson bug.
      throw new IllegalStateException("could not write debate map " + map.documentId(), e);
    }
  }

  private static MapJson toJson(DebateMap map) {
    List<ActorJson> actors = new ArrayList<>(map.actors().size());
    for (Actor a : map.actors()) {
      actors.add(
          new ActorJson(a.id(), a.name(), a.aliases(), a.type(), a.roles(), toJson(a.stance())));
    }
    List<ClaimJson> claims = new ArrayList<>(map.claims().size());
    for (Claim c : map.claims()) {
      claims.add(toJson(c));
    }
    List<RelationJson> relations = new ArrayList<>(map.relations().size());
    for (Relation r : map.relations()) {
      TextSpan span = r.span();
      relations.add(
          new RelationJson(
              r.sourceActorId(),
              r.targetActorId(),
              r.type(),
              r.inferred(),
              r.evidence(),
              span == null ? null : span.begin(),
              span == null ? null : span.end(),
              r.claimIds(),
              r.confidence()));
    }
    return new MapJson(map.documentId(), actors, claims, relations);
  }

  /** A claim in this schema's form, which the corpus schema shares. */
  static ClaimJson toJson(Claim c) {
    Attribution s = c.speaker();
    SpeakerJson speaker = s == null ? null : new SpeakerJson(s.actorId(), s.name(), s.confidence());
    return new ClaimJson(
        c.id(),
        c.kind(),
        c.text(),
        c.span().begin(),
        c.span().end(),
        speaker,
        c.cue(),
        toJson(c.stance()));
  }

  /**
   * The claim a record of this schema describes.
   *
   * @throws IllegalArgumentException or NullPointerException if the record breaks the model's rules
   */
  static Claim toModel(ClaimJson c) {
    if (c.stance() == null) {
      throw new NullPointerException("stance");
    }
    return new Claim(
        c.id(),
        c.kind(),
        c.text(),
        new TextSpan(c.begin(), c.end()),
        c.speaker() == null
            ? null
            : new Attribution(c.speaker().actor(), c.speaker().name(), c.speaker().confidence()),
        c.cue(),
        toModel(c.stance()));
  }

  static StanceJson toJson(StanceAssessment s) {
    return new StanceJson(s.label(), s.confidence(), s.evidence());
  }

  private static DebateMap toModel(MapJson json) {
    List<ActorJson> actorsJson = CHECK.required(json.actors(), "actors");
    List<ClaimJson> claimsJson = CHECK.required(json.claims(), "claims");
    List<Actor> actors = new ArrayList<>(actorsJson.size());
    for (int i = 0; i < actorsJson.size(); i++) {
      ActorJson a = CHECK.required(actorsJson.get(i), "actors[" + i + "]");
      actors.add(
          CHECK.built(
              "actors[" + i + "]",
              () ->
                  new Actor(
                      a.id(),
                      a.name(),
                      a.aliases(),
                      a.type(),
                      a.roles(),
                      toModel(CHECK.required(a.stance(), "stance")))));
    }
    List<Claim> claims = new ArrayList<>(claimsJson.size());
    for (int i = 0; i < claimsJson.size(); i++) {
      ClaimJson c = CHECK.required(claimsJson.get(i), "claims[" + i + "]");
      claims.add(CHECK.built("claims[" + i + "]", () -> toModel(c)));
    }
    List<RelationJson> relationsJson = CHECK.required(json.relations(), "relations");
    List<Relation> relations = new ArrayList<>(relationsJson.size());
    for (int i = 0; i < relationsJson.size(); i++) {
      RelationJson r = CHECK.required(relationsJson.get(i), "relations[" + i + "]");
      relations.add(
          CHECK.built(
              "relations[" + i + "]",
              () ->
                  new Relation(
                      r.source(),
                      r.target(),
                      r.type(),
                      r.inferred(),
                      r.evidence(),
                      spanOf(r.begin(), r.end()),
                      r.claims(),
                      r.confidence())));
    }
    return CHECK.built("document", () -> new DebateMap(json.document(), actors, claims, relations));
  }

  private static TextSpan spanOf(Integer begin, Integer end) {
    if (begin == null && end == null) {
      return null;
    }
    if (begin == null || end == null) {
      throw new IllegalArgumentException("begin and end must both be set or both be null");
    }
    return new TextSpan(begin, end);
  }

  static StanceAssessment toModel(StanceJson s) {
    return new StanceAssessment(s.label(), s.confidence(), s.evidence());
  }

  /**
   * Where in the JSON the error was, as a path like {@code claims[2].begin}, with line and column.
   */
  static String location(JacksonException e) {
    StringBuilder where = new StringBuilder();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          where.append(where.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          where.append('[').append(ref.getIndex()).append(']');
        }
      }
    }
    String path = where.length() == 0 ? "" : " at " + where;
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      return path
          + " (line "
          + e.getLocation().getLineNr()
          + ", column "
          + e.getLocation().getColumnNr()
          + ")";
    }
    return path;
  }
}
