package io.github.debatestance.nlp;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;

/**
 * The CoreNLP-backed {@link DebateAnalyzer}. Build it once with {@link #builder()} and share it:
 * it owns one CoreNLP pipeline, annotates each document once, and is thread-safe.
 */
public final class CoreNlpDebateAnalyzer implements DebateAnalyzer {

  private CoreNlpDebateAnalyzer(Builder builder) {}

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public DebateMap analyze(Document document) {
    requireNonNull(document, "document");
    return DebateMap.empty(document.id());
  }

  /** Configures a {@link CoreNlpDebateAnalyzer}. Not thread-safe; use it from one thread. */
  public static final class Builder {
    private Builder() {}

    /** Loads the models and builds the analyzer. This takes some seconds. */
    public CoreNlpDebateAnalyzer build() {
      return new CoreNlpDebateAnalyzer(this);
    }
  }
}
