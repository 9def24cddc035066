package io.github.debatestance.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads articles, analyses each partition with its executor's one analyzer, and
 * writes four tables under the output directory: {@value #CLAIMS}, {@value #ACTORS}, {@value
 * #CORPUS_ACTORS} and {@value #FAILURES}. See {@link DebateMapRows} and {@link DebateTables} for
 * their columns.
 *
 * <p>Thread-safe: it holds no state; concurrent runs need distinct output directories.
 */
public final class DebateJob {

  /** The table of claims, one row per claim of an article. */
  public static final String CLAIMS = "claims";
  /** The table of actors, one row per actor of an article. */
  public static final String ACTORS = "actors";
  /** The table of actors merged across the corpus. */
  public static final String CORPUS_ACTORS = "corpus_actors";
  /** The table of articles that could not be analysed. */
  public static final String FAILURES = "failures";

  private DebateJob() {}

  /**
   * Runs the job on the given session, which it leaves open.
   *
   * @throws IllegalArgumentException if the input has no articles or lacks a column, or the output
   *     directory exists and {@code options.overwrite()} is false
   * @throws UncheckedIOException if the output's file system cannot be reached
   */
  public static JobSummary run(SparkSession spark, JobOptions options) {
    requireNonNull(spark, "spark");
    requireNonNull(options, "options");
    // Checked before the analysis, which may take hours, rather than by the first write after it.
    refuseExistingOutput(spark, options);
    Dataset<Row> articles = options.inputFormat().read(spark, options.input());
    int partitions =
        options.partitions() > 0
            ? options.partitions()
            : 3 * spark.sparkContext().defaultParallelism();
    Dataset<Row> analysed =
        articles
            .repartition(partitions)
            .mapPartitions(
                new PartitionAnalysis(options.analyzer()), Encoders.row(DebateMapRows.ARTICLE))
            // Four tables and their counts read the analysis; it must run once, not once each.
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long total = analysed.count();
      if (total == 0) {
        throw new IllegalArgumentException(
            "no articles found in " + options.input() + " (read as " + options.inputFormat() + ")");
      }
      Dataset<Row> claims = DebateTables.claims(analysed);
      Dataset<Row> actors = DebateTables.actors(analysed);
      Dataset<Row> corpus = DebateTables.corpusActors(actors, claims);
      Dataset<Row> failures = DebateTables.failures(analysed);
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      write(options, CLAIMS, claims, mode);
      write(options, ACTORS, actors, mode);
      write(options, CORPUS_ACTORS, corpus, mode);
      write(options, FAILURES, failures, mode);
      return new JobSummary(
          total, failures.count(), claims.count(), actors.count(), corpus.count());
    } finally {
      analysed.unpersist();
    }
  }

  private static void write(JobOptions options, String table, Dataset<Row> rows, SaveMode mode) {
    options.format().write(rows, new Path(options.output(), table).toString(), mode);
  }

  private static void refuseExistingOutput(SparkSession spark, JobOptions options) {
    if (options.overwrite()) {
      return;
    }
    Path output = new Path(options.output());
    try {
      FileSystem fs = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(output)) {
        throw new IllegalArgumentException(
            "the output directory " + options.output() + " already exists; remove it or choose "
                + "to overwrite it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the output directory " + options.output(), e);
    }
  }
}
