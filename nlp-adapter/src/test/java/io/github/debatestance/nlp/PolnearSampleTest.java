package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.EvaluationReport;
import io.github.debatestance.core.eval.Evaluator;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real news, with its long articles and odd typography: an even sample of the PolNeAR training
 * articles is analysed without an exception, each map keeps the contract, and the evaluator's
 * figures on the sample stay above floors set a little under those measured. The full set runs
 * through the CLI; see the README.
 */
class PolnearSampleTest {

  private static final int SAMPLE = 40;

  static Stream<Path> articles() throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.list(SharedCorpus.folder("polnear-train"))) {
      all = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    int step = Math.max(1, all.size() / SAMPLE);
    return IntStream.range(0, Math.min(SAMPLE, all.size())).mapToObj(i -> all.get(i * step));
  }

  /** The same sample as annotated articles, read with their gold annotations. */
  static List<GoldDocument> goldSample() throws IOException {
    List<String> ids =
        articles().map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "")).toList();
    return GoldCorpus.read(SharedCorpus.folder("polnear-train")).stream()
        .filter(g -> ids.contains(g.id()))
        .toList();
  }

  @Test
  void sampleFiguresStayAboveTheirFloors() throws IOException {
    List<GoldDocument> sample = goldSample();
    assertThat(sample).hasSize(SAMPLE);

    EvaluationReport report = new Evaluator().evaluate(SharedAnalyzer.get(), sample);

    // Measured on this sample: DIRECT F1 0.950, INDIRECT P 0.818 and F1 0.598, attribution 0.939
    // (278 of 296; 0.938 before cues the parse misreads and outlets tagged as nouns spoke, 0.914
    // before records, people known only by a description and more subjects hidden by the parse
    // did, 0.903 before groups did), actors found 0.777 (219 of 282). The
    // floors sit a few claims under these;
    // earlier figures and what moved them are in the history of this file. INDIRECT precision fell
    // from 0.834 as the second half of a split doubled-apostrophe stretch became a claim of its
    // own, where PolNeAR annotates the halves and the attribution between them as one claim, from
    // 0.827 as short prepositional contents and questions and concerns that no one named holds
    // became claims (F1 0.580 to 0.590 here; 0.586 to 0.595 on all 840), and from 0.822 as
    // questions put to a speaker and more attitude cues did (F1 0.590 to 0.592 here; 0.595 to
    // 0.600 on all 840).
    assertThat(report.direct().f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(report.indirect().precision()).isGreaterThanOrEqualTo(0.81);
    assertThat(report.indirect().f1()).isGreaterThanOrEqualTo(0.58);
    assertThat(report.attribution().value()).isGreaterThanOrEqualTo(0.93);
    assertThat(report.actorsFound().value()).isGreaterThanOrEqualTo(0.70);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void realArticleIsAnalysedAndKeepsTheContract(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String id = file.getFileName().toString();

    DebateMap map = SharedAnalyzer.get().analyze(new Document(id, text));

    MapContract.check(id, text, map);
    assertThat(map.documentId()).isEqualTo(id);
  }
}
