package io.github.debatestance.examples;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shortest complete use of the library: build an analyzer, analyse one article, print its
 * debate map. The article is an invented news story that ships with this jar.
 *
 * <p>Run it with {@code java -jar examples/target/debate-stance.jar sample}, or run this class's
 * {@code main}. Stateless and thread-safe.
 */
public final class SampleAnalysis {

  /** The id under which the sample article is analysed. */
  public static final String DOCUMENT_ID = "sample-article";

  private static final String RESOURCE = "sample-article.txt";

  private SampleAnalysis() {}

  public static void main(String[] args) {
    System.out.print(TextReport.render(run()));
  }

  /** Builds an analyzer, which loads the CoreNLP models, and returns the sample article's map. */
  public static DebateMap run() {
    // Building loads the models and takes seconds; a real application builds one analyzer and
    // shares it, since it is thread-safe.
    DebateAnalyzer analyzer = CoreNlpDebateAnalyzer.builder().build();
    return analyzer.analyze(new Document(DOCUMENT_ID, sampleText()));
  }

  /** The sample article's text. */
  public static String sampleText() {
    try (InputStream in = SampleAnalysis.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // Only a broken build can get here: the resource sits next to this class in the jar.
        throw new IllegalStateException("resource missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }
}
