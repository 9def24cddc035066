package io.github.debatestance.spark;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Analyses one partition of articles, rows of {@code (id, text)}, into rows of {@link
 * DebateMapRows#ARTICLE}. The function carries only the analyzer's options; each executor gets its
 * analyzer from {@link ExecutorAnalyzers}, so the models load once per executor JVM.
 *
 * <p>An article that cannot be analysed (no id, no text, too long, or an engine failure) becomes a
 * row with an error rather than failing the task: Spark would retry the task and then stop the
 * whole job over one bad article.
 *
 * <p>Immutable and thread-safe.
 */
final class PartitionAnalysis implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final AnalyzerOptions options;

  PartitionAnalysis(AnalyzerOptions options) {
    this.options = requireNonNull(options, "options");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    DebateAnalyzer analyzer = ExecutorAnalyzers.get(options);
    // Lazy, one article at a time, so a partition never has to fit in memory as a whole.
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Row article = articles.next();
        return analyse(analyzer, article.getString(0), article.getString(1));
      }
    };
  }

  private static Row analyse(DebateAnalyzer analyzer, String id, String text) {
    if (id == null) {
      return DebateMapRows.failure(null, "an article has no id");
    }
    if (text == null) {
      return DebateMapRows.failure(id, "the article has no text");
    }
    try {
      return DebateMapRows.of(analyzer.analyze(new Document(id, text)));
    } catch (AnalysisException | IllegalArgumentException e) {
      return DebateMapRows.failure(id, e.getMessage());
    }
  }
}
