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

    // Measured on this sample: DIRECT F1 0.944, INDIRECT P 0.814 and F1 0.529, attribution 0.888
    // (239 of 269), actors found 0.702 (198 of 282). Backing verbs that report any subject ("the
    // union supports", "voters who back") and cues set off by commas mid-sentence took INDIRECT
    // from P 0.812 and F1 0.524, and attribution from 0.895 (239 of 267), since most of the new
    // claims have no named speaker.
    // Earlier: INDIRECT P 0.812 and F1 0.524 (P 0.825 and F1
    // 0.515 before the "as" phrases, inner relative clauses and some forty speech cues such as
    // "cast as", "ordered", "voiced", "likened", which raised precision on all 840 articles from
    // 0.794 to 0.796 but cost it here: 18 claims more, 10 of them in the gold), attribution 0.895
    // (239 of 267; 0.891, 238 of 267, before the first person of a doubled-apostrophe stretch and
    // the subjects a loose parse loses took their speakers; 0.886, 233 of 263, before the forty
    // cues; 0.882 before the rules for two quoted words, causative objects and paragraphs that go
    // on a quotation, 0.878 before the line-break, title-gender, appositive, reported-clause and
    // lone-word speaker rules), actors found 0.706 (0.702 before the first person and the loose
    // subjects; DIRECT 0.939, INDIRECT 0.826 and 0.500, attribution 0.880
    // before doubled apostrophes, short exclamations and title-case headlines were read as they
    // are now, and before an object read with its phrase ("blamed X for Y"), refusals, what a
    // record shows, evidential adverbs and a few more cues took INDIRECT from 0.828 and 0.504).
    // The attitude cues ("wants to", "supports") traded INDIRECT precision (0.844 before them)
    // for recall (F1 0.462 before them); short quoted fragments of reported speech joined the
    // claims, some with speakers that no cue names.
    assertThat(report.direct().f1()).isGreaterThanOrEqualTo(0.94);
    assertThat(report.indirect().precision()).isGreaterThanOrEqualTo(0.81);
    assertThat(report.indirect().f1()).isGreaterThanOrEqualTo(0.52);
    assertThat(report.attribution().value()).isGreaterThanOrEqualTo(0.885);
    assertThat(report.actorsFound().value()).isGreaterThanOrEqualTo(0.65);
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
