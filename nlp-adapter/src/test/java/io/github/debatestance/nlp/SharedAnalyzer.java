package io.github.debatestance.nlp;

/**
 * The one analyzer of a test JVM: the CoreNLP models load once, on first use, and every test class
 * shares them.
 */
public final class SharedAnalyzer {

  private SharedAnalyzer() {}

  private static final class Holder {
    static final CoreNlpDebateAnalyzer ANALYZER = CoreNlpDebateAnalyzer.builder().build();
  }

  public static CoreNlpDebateAnalyzer get() {
    return Holder.ANALYZER;
  }
}
