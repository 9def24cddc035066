package io.github.debatestance.spark;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.Serializable;

/**
 * The settings of the analyzer that each executor builds. Spark ships this record to the executors
 * inside the partition function, and {@link ExecutorAnalyzers} uses it as the key of its cache.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxChars the longest article, in characters, that the analyzer accepts; a longer one is
 *     reported in the failures table
 */
public record AnalyzerOptions(int maxChars) implements Serializable {

  private static final long serialVersionUID = 1L;

  public AnalyzerOptions {
    checkArgument(maxChars > 0, "maxChars must be positive: maxChars=%s", maxChars);
  }

  /** The analyzer's own defaults. */
  public static AnalyzerOptions defaults() {
    return new AnalyzerOptions(CoreNlpDebateAnalyzer.DEFAULT_MAX_CHARS);
  }

  /** Loads the models and builds an analyzer with these settings. This takes some seconds. */
  CoreNlpDebateAnalyzer build() {
    return CoreNlpDebateAnalyzer.builder().maxChars(maxChars).build();
  }
}
