package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The analyzer on generated awkward text, with the real models: it always returns a map that keeps
 * the contract, the same one every time, and never throws. Few tries, since each one annotates a
 * document; the model-free properties of the finders try thousands.
 */
class AnalyzerPropertiesTest {

  private static CoreNlpDebateAnalyzer chunked;

  @BeforeContainer
  static void buildChunkedAnalyzer() {
    // CoreNLP caches annotators by their settings, so this second analyzer shares the loaded models.
    chunked = CoreNlpDebateAnalyzer.builder().chunkChars(1000).build();
  }

  @Provide
  Arbitrary<String> awkward() {
    return AwkwardText.text(10, 150);
  }

  @Provide
  Arbitrary<String> longAwkward() {
    return AwkwardText.text(150, 400);
  }

  @Property(tries = 40)
  void awkwardTextGivesAMapThatKeepsTheContract(@ForAll("awkward") String text) {
    checkTwice(SharedAnalyzer.get(), text);
  }

  @Property(tries = 8)
  void awkwardTextAnalysedInChunksGivesAMapThatKeepsTheContract(
      @ForAll("longAwkward") String text) {
    checkTwice(chunked, text);
  }

  private static void checkTwice(CoreNlpDebateAnalyzer analyzer, String text) {
    Document document = new Document("generated", text);
    DebateMap map = analyzer.analyze(document);
    MapContract.check("generated", text, map);
    assertThat(analyzer.analyze(document)).isEqualTo(map);
  }
}
