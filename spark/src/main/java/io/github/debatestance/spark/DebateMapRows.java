package io.github.debatestance.spark;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The shape of an analysed article as a Spark row: one row per article, with its actors and claims
 * as arrays of structs, or the reason it could not be analysed. The output tables are flat views of
 * these rows, so their column names are defined here.
 *
 * <p>Thread-safe: it holds only immutable schemas.
 */
public final class DebateMapRows {

  /** One actor of one article; the columns of the actors table after the document id. */
  public static final StructType ACTOR =
      new StructType()
          .add("actor_id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("type", DataTypes.StringType, false)
          .add("roles", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("stance", DataTypes.StringType, false)
          .add("stance_confidence", DataTypes.DoubleType, false);

  /**
   * One claim of one article; the columns of the claims table after the document id. {@code begin}
   * and {@code end} are UTF-16 offsets into the article's text, end exclusive. The speaker columns
   * and {@code cue} are null when the article does not say who spoke or which word introduced it.
   */
  public static final StructType CLAIM =
      new StructType()
          .add("claim_id", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("begin", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("speaker_id", DataTypes.StringType, true)
          .add("speaker_name", DataTypes.StringType, true)
          .add("attribution_confidence", DataTypes.DoubleType, true)
          .add("cue", DataTypes.StringType, true)
          .add("stance", DataTypes.StringType, false)
          .add("stance_confidence", DataTypes.DoubleType, false)
          .add("evidence", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** One analysed article; {@code error} is null unless the analysis failed. */
  public static final StructType ARTICLE =
      new StructType()
          .add("document_id", DataTypes.StringType, true)
          .add("actors", DataTypes.createArrayType(ACTOR, false), false)
          .add("claims", DataTypes.createArrayType(CLAIM, false), false)
          .add("error", DataTypes.StringType, true);

  private DebateMapRows() {}

  /** The row of an article that was analysed. */
  public static Row of(DebateMap map) {
    requireNonNull(map, "map");
    Row[] actors = map.actors().stream().map(DebateMapRows::actor).toArray(Row[]::new);
    Row[] claims = map.claims().stream().map(DebateMapRows::claim).toArray(Row[]::new);
    return RowFactory.create(map.documentId(), actors, claims, null);
  }

  /** The row of an article that could not be analysed, with the reason. */
  public static Row failure(String documentId, String reason) {
    requireNonNull(reason, "reason");
    return RowFactory.create(documentId, new Row[0], new Row[0], reason);
  }

  // Spark's row encoder takes Java arrays, not java.util.List, for array columns.
  private static String[] array(List<String> values) {
    return values.toArray(String[]::new);
  }

  private static Row actor(Actor a) {
    return RowFactory.create(
        a.id(),
        a.name(),
        array(a.aliases()),
        a.type().name(),
        array(a.roles()),
        a.stance().label().name(),
        a.stance().confidence());
  }

  private static Row claim(Claim c) {
    Attribution speaker = c.speaker();
    return RowFactory.create(
        c.id(),
        c.kind().name(),
        c.text(),
        c.span().begin(),
        c.span().end(),
        speaker == null ? null : speaker.actorId(),
        speaker == null ? null : speaker.name(),
        speaker == null ? null : speaker.confidence(),
        c.cue(),
        c.stance().label().name(),
        c.stance().confidence(),
        array(c.stance().evidence()));
  }
}
