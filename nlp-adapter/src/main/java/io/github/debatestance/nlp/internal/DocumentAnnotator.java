package io.github.debatestance.nlp.internal;

import com.google.common.collect.ImmutableMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Annotates a document once with the lean pipeline the analysis reads: tokens, sentences, tags,
 * lemmas and names for every sentence, and a dependency parse for the sentences that can hold a
 * claim or its speaker. Most sentences of a news article report no speech, and nothing reads their
 * tree. This is the one place where CoreNLP's string-keyed properties are written.
 *
 * <p>Thread-safe: the annotators may annotate documents from many threads at once. We checked each
 * annotator of this set in CoreNLP 4.5.10: the tokenizer, sentence splitter and lemmatizer make
 * their working objects per call; the tagger makes a {@code TestSentence} per sentence; NER's only
 * shared write is a cache of word n-grams that the model's {@code cacheNGrams} flag leaves off, and
 * a concurrent set of known words; our dependency parser ({@link ArcStandardParser}) fills its
 * cache through an atomic array. The one unlocked shared write is the pipeline's running total of
 * time per annotator, a statistic nothing here reads. {@code ConcurrencyTest} checks eight threads
 * against one. Check again before adding an annotator or changing a model. Models load once per
 * JVM for each configuration, and every analyzer with the same configuration shares them.
 */
public final class DocumentAnnotator {

  private static final Map<Map<String, String>, DocumentAnnotator> LOADED =
      new ConcurrentHashMap<>();

  private final StanfordCoreNLP tagger;
  private final NERCombinerAnnotator names;
  private final ArcStandardParser parser;

  private DocumentAnnotator(Properties tagging, Properties naming) {
    // The tagger's, the name finder's and the parser's models are separate files: loading them
    // side by side puts every core to work. The name finder's is the largest, which is why it is
    // not a stage of the tagger's pipeline, where it would load after the tagger's.
    FutureTask<NERCombinerAnnotator> namesLoad =
        new FutureTask<>(() -> new NERCombinerAnnotator(naming));
    FutureTask<ArcStandardParser> parserLoad =
        new FutureTask<>(ArcStandardParser::loadDefault);
    start(namesLoad, "debate-stance-ner-load");
    start(parserLoad, "debate-stance-parser-load");
    this.tagger = new StanfordCoreNLP(tagging);
    this.names = await(namesLoad);
    this.parser = await(parserLoad);
  }

  private static void start(Runnable load, String name) {
    Thread loader = new Thread(load, name);
    loader.setDaemon(true);
    loader.start();
  }

  private static <T> T await(FutureTask<T> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuntimeInterruptedException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load a CoreNLP model: " + cause, cause);
    }
  }

  /**
   * Starts loading {@link #shared()} on a thread of its own, so that the caller can read its other
   * resources meanwhile. The supplier waits for the load and returns the annotator, or throws what
   * the load threw.
   */
  public static Supplier<DocumentAnnotator> sharedInBackground() {
    FutureTask<DocumentAnnotator> load = new FutureTask<>(DocumentAnnotator::shared);
    start(load, "debate-stance-corenlp-load");
    return () -> await(load);
  }

  /** The annotator of the default configuration, loading its models on first use. */
  public static DocumentAnnotator shared() {
    Properties tagging = taggingProperties();
    Properties naming = namingProperties();
    ImmutableMap.Builder<String, String> key = ImmutableMap.builder();
    tagging.stringPropertyNames().forEach(n -> key.put("tagging." + n, tagging.getProperty(n)));
    naming.stringPropertyNames().forEach(n -> key.put("naming." + n, naming.getProperty(n)));
    key.put("parser.model", ArcStandardParser.DEFAULT_MODEL);
    return LOADED.computeIfAbsent(
        key.buildOrThrow(), k -> new DocumentAnnotator(tagging, naming));
  }

  /** The CoreNLP properties of the stages before names and the parse. */
  static Properties taggingProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // Offsets must index the original text, and quotation marks keep their own characters.
    p.setProperty("tokenize.options", "invertible=true,quotes=unicode");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  /** The CoreNLP properties of the name finder, which runs on the tagger's output. */
  static Properties namingProperties() {
    Properties p = new Properties();
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

  /**
   * Annotates every sentence of the document with tokens, sentences, tags, lemmas and names: all
   * but the parse, which {@link #parse} adds where it is needed.
   *
   * @return the document
   * @throws RuntimeInterruptedException if the calling thread is interrupted
   */
  public CoreDocument tag(CoreDocument document) {
    tagger.annotate(document.annotation());
    retagOpeningAdjectives(document.annotation());
    names.annotate(document.annotation());
    document.wrapAnnotations();
    return document;
  }

  /**
   * Words that open a sentence as an adjective before its subject, and that the tagger reads as
   * verbs.
   */
  private static final Set<String> OPENING_ADJECTIVES = Set.of("Open", "Closed");

  /** Tags after which such a word stands before a noun, not before its object. */
  private static final Set<String> NOUN_AFTER = Set.of("NN", "NNS", "HYPH", "JJ");

  /**
   * "Open models are safer, Reyes said": the tagger takes a sentence's first "Open" for an
   * imperative, and the parse then loses the clause. Before a noun (or "-source"), the word is the
   * adjective of the subject.
   */
  private static void retagOpeningAdjectives(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int first = 0;
      // Past the marks that open the words: quotation marks, and the dash of dialogue set in the
      // European way ("— Open weights are ...").
      while (first < tokens.size()
          && !tokens.get(first).word().isEmpty()
          && (QuotationFinder.isOpeningMark(tokens.get(first).word().charAt(0))
              || Dashes.isDialogueDash(tokens.get(first).word()))) {
        first++;
      }
      if (first + 1 < tokens.size()
          && OPENING_ADJECTIVES.contains(tokens.get(first).word())
          && tokens.get(first).tag().startsWith("VB")
          && NOUN_AFTER.contains(tokens.get(first + 1).tag())) {
        tokens.get(first).setTag("JJ");
      }
      for (int t = first + 1; t + 2 < tokens.size(); t++) {
        if (opensThatClauseAsAdjective(tokens, t)) {
          tokens.get(t).setTag("JJ");
        }
      }
    }
  }

  /**
   * "Reyes said that open weights pose a risk": right after "that", the tagger takes the word for
   * a verb whose object is the noun after it, and the reported clause loses its subject. Where a
   * finite verb follows that noun, the noun is the subject and the word its adjective; in
   * "policies that open doors for startups" no verb follows, and the verb stays.
   */
  private static boolean opensThatClauseAsAdjective(List<CoreLabel> tokens, int t) {
    CoreLabel word = tokens.get(t);
    String next = tokens.get(t + 1).tag();
    String after = tokens.get(t + 2).tag();
    return tokens.get(t - 1).word().equalsIgnoreCase("that")
        && OPENING_ADJECTIVES.contains(MentionHeads.capitalised(word.word()))
        && word.tag().startsWith("VB")
        && (next.equals("NN") || next.equals("NNS"))
        && (after.startsWith("VB") && !after.equals("VBG") && !after.equals("VBN") || after.equals("MD"));
  }

  /**
   * Adds a dependency parse to the sentences of a {@linkplain #tag tagged} document that {@code
   * needsParse} selects. The others are left without a tree.
   *
   * @throws RuntimeInterruptedException if the calling thread is interrupted
   */
  public void parse(CoreDocument document, Predicate<CoreSentence> needsParse) {
    for (CoreSentence sentence : document.sentences()) {
      // Checked between sentences, as CoreNLP's own annotators do, so a time budget can stop us.
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      if (needsParse.test(sentence)) {
        // Only the basic tree: CoreNLP's parse annotator would also derive the enhanced graphs,
        // which nothing here reads and which cost a quarter of the parse.
        CoreMap map = sentence.coreMap();
        GrammaticalStructure parse = parser.parse(map);
        map.set(
            SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphFactory.makeFromTree(
                parse,
                SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE,
                null));
      }
    }
  }
}
