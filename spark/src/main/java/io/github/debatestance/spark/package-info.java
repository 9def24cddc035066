/**
 * The Apache Spark job: {@link io.github.debatestance.spark.DebateJob} analyses a corpus of
 * articles, one analyzer per executor JVM ({@link io.github.debatestance.spark.ExecutorAnalyzers}),
 * and writes claims and actors as tables; {@link io.github.debatestance.spark.SparkDebateJob} is its
 * command line.
 */
package io.github.debatestance.spark;
