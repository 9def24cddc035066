package io.github.debatestance.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output tables, as flat views of the analysed articles ({@link DebateMapRows#ARTICLE}).
 * Only Spark transformations: nothing here runs until a table is written or counted.
 *
 * <p>Thread-safe: it holds only immutable values.
 */
public final class DebateTables {

  private static final StructType VOTE =
      new StructType()
          .add("label", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false);

  // The vote rule lives in CorpusStanceVote, tested without Spark; this only adapts it.
  private static final UserDefinedFunction CORPUS_STANCE =
      udf(
          (UDF3<Double, Double, Double, Row>)
              (open, closed, neutral) -> {
                StanceAssessment a = new CorpusStanceVote(open, closed, neutral).result();
                return RowFactory.create(a.label().name(), a.confidence());
              },
          VOTE);

  private DebateTables() {}

  /** One row per claim: {@code document_id}, then the columns of {@link DebateMapRows#CLAIM}. */
  public static Dataset<Row> claims(Dataset<Row> articles) {
    return flatten(articles, "claims");
  }

  /** One row per actor of an article: {@code document_id}, then {@link DebateMapRows#ACTOR}. */
  public static Dataset<Row> actors(Dataset<Row> articles) {
    return flatten(articles, "actors");
  }

  /** The articles that could not be analysed: {@code document_id} and {@code error}. */
  public static Dataset<Row> failures(Dataset<Row> articles) {
    return articles.where(col("error").isNotNull()).select(col("document_id"), col("error"));
  }

  /**
   * The actors of the whole corpus: the actors of all articles, merged when their canonical names
   * are equal ignoring case and surrounding spaces. Columns:
   *
   * <ul>
   *   <li>{@code name_key}: the merged name, lower case;
   *   <li>{@code name}: one spelling of the name, the first in code-point order;
   *   <li>{@code types}: every type the articles gave the actor, sorted;
   *   <li>{@code documents}, {@code document_ids}: in how many articles, and which, they appear;
   *   <li>{@code claims}: how many claims the articles attribute to them;
   *   <li>{@code claims_pro_open_source}, {@code claims_pro_safety_closed}, {@code claims_neutral}:
   *       those claims counted by stance label, one column per label;
   *   <li>{@code stance}, {@code stance_confidence}: the overall stance, by {@link
   *       CorpusStanceVote}.
   * </ul>
   *
   * Sorted by {@code name_key}.
   *
   * @param actors the {@link #actors} table
   * @param claims the {@link #claims} table
   */
  public static Dataset<Row> corpusActors(Dataset<Row> actors, Dataset<Row> claims) {
    Dataset<Row> a =
        actors.select(
            col("document_id"),
            col("actor_id"),
            col("name"),
            col("type"),
            lower(trim(col("name"))).as("name_key"));
    Dataset<Row> c =
        claims
            .where(col("speaker_id").isNotNull())
            .select(
                col("document_id").as("claim_document_id"),
                col("speaker_id"),
                col("claim_id"),
                col("stance").as("claim_stance"),
                col("stance_confidence").as("claim_confidence"));
    // A left join keeps the actors without an attributed claim: they still appear in the corpus.
    Dataset<Row> joined =
        a.join(
            c,
            col("document_id")
                .equalTo(col("claim_document_id"))
                .and(col("actor_id").equalTo(col("speaker_id"))),
            "left");

    List<Column> aggregates = new ArrayList<>();
    aggregates.add(min(col("name")).as("name"));
    aggregates.add(array_sort(collect_set(col("type"))).as("types"));
    aggregates.add(countDistinct(col("document_id")).as("documents"));
    aggregates.add(array_sort(collect_set(col("document_id"))).as("document_ids"));
    aggregates.add(count(col("claim_id")).as("claims"));
    for (Stance s : Stance.values()) {
      Column isLabel = col("claim_stance").equalTo(lit(s.name()));
      aggregates.add(count(when(isLabel, lit(1))).as(countColumn(s)));
      aggregates.add(
          coalesce(sum(when(isLabel, col("claim_confidence"))), lit(0.0)).as(weightColumn(s)));
    }
    Dataset<Row> merged =
        joined
            .groupBy(col("name_key"))
            .agg(
                aggregates.get(0),
                aggregates.subList(1, aggregates.size()).toArray(Column[]::new));

    Column vote =
        CORPUS_STANCE.apply(
            col(weightColumn(Stance.PRO_OPEN_SOURCE)),
            col(weightColumn(Stance.PRO_SAFETY_CLOSED)),
            col(weightColumn(Stance.NEUTRAL)));
    List<Column> out = new ArrayList<>();
    for (String n : List.of("name_key", "name", "types", "documents", "document_ids", "claims")) {
      out.add(col(n));
    }
    for (Stance s : Stance.values()) {
      out.add(col(countColumn(s)));
    }
    out.add(col("vote.label").as("stance"));
    out.add(col("vote.confidence").as("stance_confidence"));
    return merged
        .withColumn("vote", vote)
        .select(out.toArray(Column[]::new))
        .orderBy(col("name_key"));
  }

  private static String countColumn(Stance s) {
    return "claims_" + s.name().toLowerCase(Locale.ROOT);
  }

  private static String weightColumn(Stance s) {
    return "weight_" + s.name().toLowerCase(Locale.ROOT);
  }

  private static Dataset<Row> flatten(Dataset<Row> articles, String arrayColumn) {
    return articles
        .select(col("document_id"), explode(col(arrayColumn)).as("item"))
        .select(col("document_id"), col("item.*"));
  }
}
