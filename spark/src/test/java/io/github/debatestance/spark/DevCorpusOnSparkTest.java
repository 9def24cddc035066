package io.github.debatestance.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job on three articles of the shared development corpus, which lives beside the project
 * rather than in it. Skipped, with a message that says where it looked, when the corpus is absent.
 */
class DevCorpusOnSparkTest {

  private static final int ARTICLES = 3;

  @TempDir Path work;

  @Test
  void claimsOfRealArticlesMatchTheirText() throws IOException {
    Path dev = devCorpus();
    Path input = Files.createDirectories(work.resolve("dev"));
    List<Path> picked;
    try (Stream<Path> files = Files.list(dev)) {
      picked =
          files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(ARTICLES)
              .toList();
    }
    for (Path p : picked) {
      Files.copy(p, input.resolve(p.getFileName()));
    }
    SparkSession spark = SharedSpark.get();
    Path output = work.resolve("out");

    JobSummary summary =
        DebateJob.run(
            spark,
            new JobOptions(input.toString(), InputFormat.TEXT, output.toString(),
                OutputFormat.PARQUET, 0, false, AnalyzerOptions.defaults()));

    assertThat(summary.articles()).isEqualTo(picked.size());
    assertThat(summary.failed()).isZero();
    assertThat(summary.claims()).isPositive();
    assertThat(summary.actors()).isPositive();
    List<Row> claims = spark.read().parquet(output.resolve(DebateJob.CLAIMS).toString())
        .collectAsList();
    for (Row c : claims) {
      String text = Files.readString(input.resolve(c.getAs("document_id") + ".txt"));
      assertThat(c.<String>getAs("text"))
          .isEqualTo(text.substring(c.<Integer>getAs("begin"), c.<Integer>getAs("end")));
    }
  }

  private static Path devCorpus() {
    for (String base : List.of("../shared/corpus", "../../shared/corpus")) {
      Path p = Path.of(base, "dev");
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    assumeTrue(false, "shared corpus not found at ../shared/corpus/dev or ../../shared/corpus/dev"
        + " (from " + Path.of("").toAbsolutePath() + "); skipping");
    throw new AssertionError("unreachable");
  }
}
