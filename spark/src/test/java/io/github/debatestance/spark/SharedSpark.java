package io.github.debatestance.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of a test JVM, in local mode with two cores, made on first use. Every test
 * class shares it, and with it the executor's analyzer, so the models load once per test run.
 */
final class SharedSpark {

  private SharedSpark() {}

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .appName("debate-stance-spark-test")
            .master("local[2]")
            // No web UI and only the loopback address: tests must not open public ports.
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            // A handful of articles needs a handful of shuffle partitions, not the default 200.
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  static SparkSession get() {
    return Holder.SESSION;
  }
}
