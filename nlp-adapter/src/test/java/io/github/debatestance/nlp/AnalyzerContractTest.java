package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants every {@link DebateAnalyzer} keeps, checked on the development corpus. */
class AnalyzerContractTest {

  static Stream<GoldDocument> documents() throws IOException {
    return GoldCorpus.read(SharedCorpus.folder("dev")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void mapKeepsTheContract(GoldDocument doc) {
    DebateAnalyzer analyzer = SharedAnalyzer.get();
    DebateMap map = analyzer.analyze(new Document(doc.id(), doc.text()));

    MapContract.check(doc.id(), doc.text(), map);
    assertThat(analyzer.analyze(new Document(doc.id(), doc.text()))).isEqualTo(map);
  }
}
