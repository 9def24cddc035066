package io.github.debatestance.nlp;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.aggregation.ActorStanceAggregator;
import io.github.debatestance.core.aggregation.SpeakerLean;
import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.spi.StanceClassifier;
import io.github.debatestance.nlp.internal.BlockQuotations;
import io.github.debatestance.nlp.internal.ChunkedAnalysis;
import io.github.debatestance.nlp.internal.DocumentAnalysis;
import io.github.debatestance.nlp.internal.DocumentAnnotator;
import io.github.debatestance.nlp.internal.FirstNameGenders;
import io.github.debatestance.nlp.internal.InferredRelations;
import io.github.debatestance.nlp.internal.Lexicon;
import io.github.debatestance.nlp.internal.MentionReader;
import io.github.debatestance.nlp.internal.NameCorrections;
import io.github.debatestance.nlp.internal.ParagraphChunker;
import io.github.debatestance.nlp.internal.ParseSelection;
import io.github.debatestance.nlp.internal.QuotationFinder;
import io.github.debatestance.nlp.internal.RelationCues;
import io.github.debatestance.nlp.internal.RelationFinder;
import io.github.debatestance.nlp.internal.ReportedSpeechFinder;
import io.github.debatestance.nlp.internal.ScareQuotes;
import io.github.debatestance.nlp.internal.SpeakerSieves;
import io.github.debatestance.nlp.internal.SpeakerTurns;
import io.github.debatestance.nlp.internal.TimeBudget;
import io.github.debatestance.nlp.stance.DebateDefinition;
import io.github.debatestance.nlp.stance.StanceModel;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The CoreNLP-backed {@link DebateAnalyzer}. Build it once with {@link #builder()} and share it.
 *
 * <p>Thread-safe: any number of threads may call {@link #analyze(Document)} at once. It annotates
 * each document once with a lean CoreNLP pipeline ({@code tokenize, ssplit, pos, lemma, ner}, and
 * {@code depparse} on the sentences that can hold a claim), whose annotators keep their
 * per-document state in the call. Analyzers in one JVM share the loaded models.
 *
 * <p>The map's relations link actors of the map only, that is actors the document quotes or cites.
 * Stated relations come from cue verbs ("backed", "criticized", "responded to") whose subject and
 * target are such actors; a response that names nobody ("X responded:") answers the last other
 * actor quoted or cited before it. Inferred relations link two actors whose claims take the same
 * ({@code SUPPORTS}) or opposite ({@code OPPOSES}) sides on one of the debate's target terms, where
 * the text states none between them.
 *
 * <p>Limits, all set on the {@link Builder}: a document longer than {@link
 * Builder#chunkChars(int) chunkChars} is annotated a chunk of paragraphs at a time, so that memory
 * stays bounded; one longer than {@link Builder#maxChars(int) maxChars} is refused; and each
 * document has a {@link Builder#timeBudget(Duration) time budget}, past which its analysis is
 * stopped and reported as an {@link AnalysisException}, while the analyzer stays usable.
 */
public final class CoreNlpDebateAnalyzer implements DebateAnalyzer {

  /** The default limit on a document's length: 5,000,000 characters (about 5 MB of English). */
  public static final int DEFAULT_MAX_CHARS = 5_000_000;

  /** The default chunk size: 100,000 characters, far more than a news article. */
  public static final int DEFAULT_CHUNK_CHARS = 100_000;

  /** The default time budget: 60 seconds per chunk of a document. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

  private final AnalyzerLimits limits;
  private final ChunkedAnalysis chunks;

  private CoreNlpDebateAnalyzer(Builder builder) {
    this.limits = new AnalyzerLimits(builder.maxChars, builder.chunkChars, builder.timeBudget);
    // The CoreNLP models take the longest to load, so they start first, on a thread of their own;
    // the lexicons, the debate and the stance model are read on this one meanwhile.
    Supplier<DocumentAnnotator> coreNlp = DocumentAnnotator.sharedInBackground();
    Lexicon speechCues = Lexicon.load("/io/github/debatestance/nlp/speech-cues.tsv");
    Lexicon attitudeCues = Lexicon.load("/io/github/debatestance/nlp/attitude-cues.tsv");
    Lexicon sourceNouns = Lexicon.load("/io/github/debatestance/nlp/source-nouns.txt");
    Lexicon speechNouns = Lexicon.load("/io/github/debatestance/nlp/speech-nouns.tsv");
    Lexicon roleNouns = Lexicon.load("/io/github/debatestance/nlp/role-nouns.tsv");
    Lexicon organizationWords = Lexicon.load("/io/github/debatestance/nlp/organization-words.txt");
    // Read once: the mention reader and the name corrections both tell names by them.
    Lexicon honorifics = Lexicon.load("/io/github/debatestance/nlp/honorifics.tsv");
    FirstNameGenders firstNames = FirstNameGenders.load(FirstNameGenders.CORENLP_LIST);
    MentionReader mentions =
        new MentionReader(
            roleNouns,
            Lexicon.load("/io/github/debatestance/nlp/pronouns.tsv"),
            organizationWords,
            sourceNouns,
            Lexicon.load("/io/github/debatestance/nlp/unnamed-sources.txt"),
            honorifics,
            firstNames);
    StanceClassifier given = builder.stanceClassifier;
    // Inferred relations read the debate's target terms, whichever classifier labels the stances.
    DebateDefinition debate =
        builder.debate != null
            ? builder.debate
            : given instanceof StanceModel model ? model.debate() : DebateDefinition.openSourceAi();
    StanceClassifier stance = given != null ? given : StanceModel.forDebate(debate);
    RelationCues relationCues =
        RelationCues.of(Lexicon.load("/io/github/debatestance/nlp/relation-cues.tsv"));
    DocumentAnnotator annotator;
    try {
      annotator = coreNlp.get();
    } catch (RuntimeException e) {
      throw new AnalysisException("cannot load the CoreNLP models: " + e.getMessage(), e);
    }
    DocumentAnalysis analysis =
        new DocumentAnalysis(
            new SpeakerSieves(speechCues, speechNouns, mentions),
            new ScareQuotes(speechCues, speechNouns),
            mentions,
            new ReportedSpeechFinder(
                speechCues,
                attitudeCues,
                speechNouns,
                Lexicon.load("/io/github/debatestance/nlp/evidential-adverbs.txt"),
                mentions),
            stance,
            SpeakerLean.defaults(),
            ActorStanceAggregator.defaults(),
            new RelationFinder(
                relationCues,
                mentions,
                speechNouns,
                Lexicon.load("/io/github/debatestance/nlp/unrealised-verbs.txt")),
            new InferredRelations(debate::targetsIn));
    this.chunks =
        new ChunkedAnalysis(
            annotator,
            new ParseSelection(speechCues, attitudeCues, speechNouns, sourceNouns, relationCues),
            new QuotationFinder(),
            new SpeakerTurns(
                Lexicon.load("/io/github/debatestance/nlp/transcript-labels.tsv"), roleNouns),
            new BlockQuotations(speechCues),
            new NameCorrections(roleNouns, organizationWords, honorifics, speechCues, firstNames),
            analysis,
            new ParagraphChunker(limits.chunkChars()),
            new TimeBudget(limits.timeBudget()));
  }

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this analyzer was built with. */
  public AnalyzerLimits limits() {
    return limits;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the text is longer than the configured maximum
   * @throws AnalysisException if the engine fails on the document, or the document runs out of its
   *     time budget; the message names the document
   */
  @Override
  public DebateMap analyze(Document document) {
    requireNonNull(document, "document");
    String text = document.text();
    if (text.isBlank()) {
      return DebateMap.empty(document.id());
    }
    checkArgument(
        text.length() <= limits.maxChars(),
        "document %s is too long: %s characters, the maximum is %s",
        document.id(),
        text.length(),
        limits.maxChars());
    return chunks.analyze(document);
  }

  /** Configures a {@link CoreNlpDebateAnalyzer}. Not thread-safe; use it from one thread. */
  public static final class Builder {
    private int maxChars = DEFAULT_MAX_CHARS;
    private int chunkChars = DEFAULT_CHUNK_CHARS;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private StanceClassifier stanceClassifier;
    private DebateDefinition debate;

    private Builder() {}

    /**
     * The longest document, in characters, that the analyzer accepts; a longer one is refused
     * with an {@link IllegalArgumentException}. Default 5,000,000.
     */
    public Builder maxChars(int maxChars) {
      checkArgument(maxChars > 0, "maxChars must be positive: maxChars=%s", maxChars);
      this.maxChars = maxChars;
      return this;
    }

    /**
     * The largest stretch of text, in characters, that CoreNLP annotates at once. A longer
     * document is cut into chunks of whole paragraphs, each analysed on its own, and their claims
     * form one map whose offsets index the whole text. Default 100,000.
     */
    public Builder chunkChars(int chunkChars) {
      checkArgument(chunkChars >= 1000, "chunkChars must be at least 1000: chunkChars=%s", chunkChars);
      this.chunkChars = chunkChars;
      return this;
    }

    /**
     * The time one chunk of a document may take, so that one pathological text cannot stall a
     * batch: a document gets this budget for each chunk it is cut into, and one that runs out is
     * stopped and fails with an {@link AnalysisException}. Default 60 seconds.
     */
    public Builder timeBudget(Duration timeBudget) {
      requireNonNull(timeBudget, "timeBudget");
      checkArgument(
          !timeBudget.isNegative() && !timeBudget.isZero(),
          "timeBudget must be positive: timeBudget=%s",
          timeBudget);
      this.timeBudget = timeBudget;
      return this;
    }

    /** Replaces the built-in stance classifier. */
    public Builder stanceClassifier(StanceClassifier classifier) {
      this.stanceClassifier = requireNonNull(classifier, "classifier");
      return this;
    }

    /**
     * Labels stances with a saved model, such as one written by the CLI's {@code train} command,
     * instead of training one from the debate's statements when the analyzer is built.
     */
    public Builder stanceModel(StanceModel model) {
      return stanceClassifier(requireNonNull(model, "model"));
    }

    /**
     * Labels stances along another debate's axis: the analyzer loads the model the debate ships, or
     * trains one on the debate's own statements when it is built (see {@link
     * StanceModel#forDebate}), unless a classifier is set too. Inferred relations read the debate's
     * target terms either way. The default is the debate of a {@link StanceModel} set as the
     * classifier, else {@link DebateDefinition#openSourceAi()}.
     */
    public Builder debate(DebateDefinition debate) {
      this.debate = requireNonNull(debate, "debate");
      return this;
    }

    /** Loads the models and builds the analyzer. This takes some seconds. */
    public CoreNlpDebateAnalyzer build() {
      return new CoreNlpDebateAnalyzer(this);
    }
  }
}
