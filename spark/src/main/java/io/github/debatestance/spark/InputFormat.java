package io.github.debatestance.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How the job reads its articles. Every format gives a dataset of two string columns, {@code id}
 * and {@code text}, in that order.
 *
 * <p>Immutable and thread-safe.
 */
public enum InputFormat {
  /**
   * A directory of UTF-8 {@code *.txt} files, one article each; the id is the file name without
   * {@code .txt}. Files with other names are ignored.
   */
  TEXT {
    @Override
    Dataset<Row> readRaw(SparkSession spark, String path) {
      return spark
          .read()
          .option("wholetext", true)
          .option("pathGlobFilter", "*.txt")
          .text(path)
          .select(
              regexp_replace(col("_metadata.file_name"), "\\.txt$", "").as("id"),
              col("value").as("text"));
    }
  },
  /** JSON Lines: one object per line, with at least the fields {@code id} and {@code text}. */
  JSONL {
    @Override
    Dataset<Row> readRaw(SparkSession spark, String path) {
      return spark.read().json(path);
    }
  },
  /** Parquet files with at least the string columns {@code id} and {@code text}. */
  PARQUET {
    @Override
    Dataset<Row> readRaw(SparkSession spark, String path) {
      return spark.read().parquet(path);
    }
  };

  private static final List<String> COLUMNS = List.of("id", "text");

  abstract Dataset<Row> readRaw(SparkSession spark, String path);

  /**
   * The articles at {@code path}, as {@code (id, text)} rows.
   *
   * @throws IllegalArgumentException if the input lacks an {@code id} or {@code text} column
   * @throws org.apache.spark.sql.AnalysisException (undeclared, as Spark throws it) if the path
   *     does not exist or cannot be read in this format
   */
  public Dataset<Row> read(SparkSession spark, String path) {
    Dataset<Row> raw = readRaw(spark, path);
    List<String> present = Arrays.asList(raw.columns());
    for (String column : COLUMNS) {
      if (!present.contains(column)) {
        throw new IllegalArgumentException(
            "the " + name().toLowerCase() + " input " + path + " has no '" + column
                + "' column; its columns are " + present);
      }
    }
    // Cast, so that a numeric id in JSON still gives a string id.
    return raw.select(
        COLUMNS.stream().map(c -> col(c).cast("string").as(c)).toArray(Column[]::new));
  }
}
