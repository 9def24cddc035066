package io.github.debatestance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the job in local mode on four short invented articles (test resources), through the command
 * line, and checks its tables. One run feeds most tests; the models load once for the whole JVM.
 */
class SparkDebateJobTest {

  @TempDir static Path work;

  private static SparkSession spark;
  private static Map<String, String> articles;
  private static Path textOutput;

  @BeforeAll
  static void runTheJobOnTheTextArticles() throws IOException, URISyntaxException {
    spark = SharedSpark.get();
    Path dir = Path.of(SparkDebateJobTest.class.getResource("/articles").toURI());
    articles = readArticles(dir);
    textOutput = work.resolve("from-text");

    long start = System.nanoTime();
    Run run =
        cli("--input", dir.toString(), "--input-format", "text", "--output", textOutput.toString(),
            "--format", "jsonl", "--master", "local[2]");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.status()).as(run.err()).isZero();
    System.out.printf(
        "spark job on %d articles: %d ms (first run, models included); %s%n",
        articles.size(), millis, heapReport());
  }

  @Test
  void everyClaimsTextIsItsArticlesCharactersAtItsSpan() {
    List<Row> claims = read(textOutput, DebateJob.CLAIMS, "jsonl");

    assertThat(claims).isNotEmpty();
    for (Row c : claims) {
      String text = articles.get(c.<String>getAs("document_id"));
      assertThat(text).as("article of %s", c).isNotNull();
      int begin = (int) c.<Long>getAs("begin").longValue();
      int end = (int) c.<Long>getAs("end").longValue();
      assertThat(c.<String>getAs("text")).isEqualTo(text.substring(begin, end));
    }
  }

  @Test
  void everySpeakerIsAnActorOfTheSameArticle() {
    List<Row> actors = read(textOutput, DebateJob.ACTORS, "jsonl");
    List<String> actorKeys =
        actors.stream().map(a -> a.getAs("document_id") + "/" + a.getAs("actor_id")).toList();

    assertThat(actors).isNotEmpty();
    for (Row c : read(textOutput, DebateJob.CLAIMS, "jsonl")) {
      if (c.getAs("speaker_id") != null) {
        assertThat(actorKeys).contains(c.getAs("document_id") + "/" + c.getAs("speaker_id"));
      }
    }
  }

  @Test
  void theCorpusTableMergesAnActorWhoSpeaksInTwoArticles() {
    Row oyelaran =
        read(textOutput, DebateJob.CORPUS_ACTORS, "jsonl").stream()
            .filter(r -> "marta oyelaran".equals(r.getAs("name_key")))
            .findFirst()
            .orElseThrow();

    assertThat(oyelaran.<Long>getAs("documents")).isEqualTo(2L);
    assertThat(oyelaran.<String>getList(oyelaran.fieldIndex("document_ids")))
        .containsExactly("council-asks-for-staged-release", "harbour-lab-opens-weights");
    long byLabel =
        oyelaran.<Long>getAs("claims_pro_open_source")
            + oyelaran.<Long>getAs("claims_pro_safety_closed")
            + oyelaran.<Long>getAs("claims_neutral");
    assertThat(oyelaran.<Long>getAs("claims")).isGreaterThanOrEqualTo(2L).isEqualTo(byLabel);
    assertThat(oyelaran.<String>getAs("stance"))
        .isIn("PRO_OPEN_SOURCE", "PRO_SAFETY_CLOSED", "NEUTRAL");
  }

  @Test
  void noInventedArticleFails() {
    assertThat(read(textOutput, DebateJob.FAILURES, "jsonl")).isEmpty();
  }

  @Test
  void parquetAndJsonLinesInputsGiveTheSameClaimsAsTextFiles() throws IOException {
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    articles.forEach((id, text) -> rows.add(RowFactory.create(id, text)));
    Dataset<Row> input = spark.createDataFrame(rows, schema);
    Path parquetIn = work.resolve("articles.parquet");
    Path jsonlIn = work.resolve("articles.jsonl");
    input.write().parquet(parquetIn.toString());
    input.write().json(jsonlIn.toString());

    Path fromParquet = work.resolve("from-parquet");
    Path fromJsonl = work.resolve("from-jsonl");
    DebateJob.run(spark, options(parquetIn, InputFormat.PARQUET, fromParquet));
    DebateJob.run(spark, options(jsonlIn, InputFormat.JSONL, fromJsonl));

    List<String> expected = claimKeys(read(textOutput, DebateJob.CLAIMS, "jsonl"));
    assertThat(claimKeys(read(fromParquet, DebateJob.CLAIMS, "parquet"))).isEqualTo(expected);
    assertThat(claimKeys(read(fromJsonl, DebateJob.CLAIMS, "parquet"))).isEqualTo(expected);
  }

  @Test
  void aMissingInputIsOneErrorLine() {
    Run run =
        cli("--input", work.resolve("nowhere").toString(), "--output",
            work.resolve("out-missing").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ").contains("nowhere");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void anInputWithoutATextColumnIsOneErrorLine() throws IOException {
    Path jsonl = work.resolve("no-text.jsonl");
    Files.writeString(jsonl, "{\"id\": \"a\", \"body\": \"Hello.\"}\n");

    Run run =
        cli("--input", jsonl.toString(), "--input-format", "jsonl", "--output",
            work.resolve("out-no-text").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("error: the jsonl input " + jsonl + " has no 'text' column; its columns are "
            + "[body, id]");
  }

  @Test
  void anExistingOutputIsRefusedBeforeTheAnalysis() throws IOException {
    Path existing = Files.createDirectories(work.resolve("existing"));

    Run run = cli("--input", work.toString(), "--output", existing.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("error: the output directory").endsWith(
        "already exists; remove it or choose to overwrite it");
  }

  @Test
  void anUnknownFormatIsAUsageErrorOnOneLine() {
    Run run = cli("--input", "x", "--output", "y", "--format", "xml");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: ").contains("xml");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  private record Run(int status, String err) {}

  private static Run cli(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = SparkDebateJob.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, err.toString());
  }

  private static JobOptions options(Path input, InputFormat format, Path output) {
    return new JobOptions(
        input.toString(), format, output.toString(), OutputFormat.PARQUET, 0, false,
        AnalyzerOptions.defaults());
  }

  private static List<Row> read(Path output, String table, String format) {
    return spark.read().format(format.equals("jsonl") ? "json" : format)
        .load(output.resolve(table).toString()).collectAsList();
  }

  private static List<String> claimKeys(List<Row> claims) {
    return claims.stream()
        .map(c -> c.getAs("document_id") + "@" + c.getAs("begin") + ":" + c.getAs("end") + " "
            + c.getAs("speaker_name") + " " + c.getAs("text"))
        .sorted()
        .toList();
  }

  private static Map<String, String> readArticles(Path dir) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.length() - ".txt".length());
        texts.put(id, Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  /** Heap in use now, after a collection, and the peaks of the heap pools since the JVM started. */
  private static String heapReport() {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peaks += pool.getPeakUsage().getUsed();
      }
    }
    return String.format(
        "heap used after GC %d MB, sum of heap pool peaks %d MB, max heap %d MB",
        used >> 20, peaks >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }
}
