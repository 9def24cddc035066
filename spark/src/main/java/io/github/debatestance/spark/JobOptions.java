package io.github.debatestance.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What one run of {@link DebateJob} reads, how it analyses, and where it writes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input a file or directory, as Spark reads paths (local, HDFS, S3 and so on)
 * @param inputFormat the format of {@code input}
 * @param output the directory that receives one subdirectory per table
 * @param format the format of the tables
 * @param partitions how many partitions to analyse the articles in; 0 for three per core of the
 *     cluster, so that one slow article does not hold up a whole core's share
 * @param overwrite whether to replace an existing output directory rather than refuse to run
 * @param analyzer the settings of the executors' analyzer
 */
public record JobOptions(
    String input,
    InputFormat inputFormat,
    String output,
    OutputFormat format,
    int partitions,
    boolean overwrite,
    AnalyzerOptions analyzer) {

  public JobOptions {
    requireNonNull(input, "input");
    requireNonNull(inputFormat, "inputFormat");
    requireNonNull(output, "output");
    requireNonNull(format, "format");
    checkArgument(partitions >= 0, "partitions must not be negative: partitions=%s", partitions);
    requireNonNull(analyzer, "analyzer");
  }
}
