package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real news, with its long articles and odd typography: an even sample of the PolNeAR training
 * articles is analysed without an exception, and each map keeps the contract. The full set runs
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
