package io.github.debatestance.nlp.internal;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Builds the lean CoreNLP pipeline the analysis reads: tokens, sentences, tags, lemmas, names and
 * dependencies, and nothing else. This is the one place where CoreNLP's string-keyed properties are
 * written.
 *
 * <p>The pipeline it builds may annotate documents from many threads at once. We checked each
 * annotator of this set in CoreNLP 4.5.10: the tokenizer, sentence splitter and lemmatizer make
 * their working objects per call; the tagger makes a {@code TestSentence} per sentence; NER's only
 * shared write is a cache of word n-grams that the model's {@code cacheNGrams} flag leaves off, and
 * a concurrent set of known words; the dependency parser's cache of hidden-layer products is
 * locked. The one unlocked shared write is the pipeline's running total of time per annotator, a
 * statistic nothing here reads. {@code ConcurrencyTest} checks eight threads against one. Check
 * again before adding an annotator or changing a model.
 *
 * <p>Stateless and thread-safe.
 */
public final class PipelineFactory {

  private PipelineFactory() {}

  /** The CoreNLP properties of the lean pipeline. */
  public static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // Offsets must index the original text, and quotation marks keep their own characters.
    p.setProperty("tokenize.options", "invertible=true,quotes=unicode");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Names of people and organisations are all the analysis reads from NER: one CRF model, no
    // dates, numbers, fine-grained classes or extra regex rules.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.additionalRegexNer", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /** Loads the models and builds the pipeline. */
  public static StanfordCoreNLP create() {
    return new StanfordCoreNLP(properties());
  }
}
