package io.github.debatestance.examples;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;

/**
 * The one analyzer of this module's test JVM, and the sample article's map made with it: the
 * CoreNLP models load once, on first use, and every test that needs a real analysis shares them.
 */
final class SharedSampleAnalysis {

  private SharedSampleAnalysis() {}

  private static final class Holder {
    static final CoreNlpDebateAnalyzer ANALYZER = CoreNlpDebateAnalyzer.builder().build();
    static final DebateMap SAMPLE =
        ANALYZER.analyze(new Document(SampleAnalysis.DOCUMENT_ID, SampleAnalysis.sampleText()));
  }

  static CoreNlpDebateAnalyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** The map of the sample article that ships with the examples. */
  static DebateMap sampleMap() {
    return Holder.SAMPLE;
  }
}
