package io.github.debatestance.examples.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import java.util.Properties;

/**
 * The route a user would otherwise take: CoreNLP's full pipeline with coreference and quote
 * attribution, at its default settings. It yields no debate map; the benchmark times it only.
 *
 * <p>Thread-safe, as CoreNLP's pipeline is.
 */
final class PlainCoreNlpRoute implements DebateAnalyzer {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  PlainCoreNlpRoute() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(properties);
  }

  @Override
  public DebateMap analyze(Document document) {
    pipeline.annotate(new CoreDocument(document.text()));
    return DebateMap.empty(document.id());
  }
}
