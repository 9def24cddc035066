package io.github.debatestance.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * How the job writes its tables. Each table is a directory of part files, as Spark writes them.
 *
 * <p>Immutable and thread-safe.
 */
public enum OutputFormat {
  /** Parquet, with the schema of {@link DebateMapRows} and {@link DebateTables}. */
  PARQUET {
    @Override
    void write(Dataset<Row> table, String path, SaveMode mode) {
      table.write().mode(mode).parquet(path);
    }
  },
  /**
   * JSON Lines: one object per row. Null columns are written as {@code null} rather than left out,
   * so that every object has the same keys, as in the project's own JSON format.
   */
  JSONL {
    @Override
    void write(Dataset<Row> table, String path, SaveMode mode) {
      table.write().mode(mode).option("ignoreNullFields", false).json(path);
    }
  };

  abstract void write(Dataset<Row> table, String path, SaveMode mode);
}
