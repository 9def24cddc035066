package io.github.debatestance.nlp;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.pipeline.CoreDocument;
import io.github.debatestance.core.aggregation.ActorStanceAggregator;
import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.spi.StanceClassifier;
import io.github.debatestance.nlp.internal.DocumentAnalysis;
import io.github.debatestance.nlp.internal.DocumentAnnotator;
import io.github.debatestance.nlp.internal.Lexicon;
import io.github.debatestance.nlp.internal.MentionReader;
import io.github.debatestance.nlp.internal.ParseSelection;
import io.github.debatestance.nlp.internal.ParsedDocument;
import io.github.debatestance.nlp.internal.Quotation;
import io.github.debatestance.nlp.internal.QuotationFinder;
import io.github.debatestance.nlp.internal.ReportedSpeechFinder;
import io.github.debatestance.nlp.internal.SpeakerSieves;
import io.github.debatestance.nlp.stance.DebateDefinition;
import io.github.debatestance.nlp.stance.StanceModel;
import java.util.List;

/**
 * The CoreNLP-backed {@link DebateAnalyzer}. Build it once with {@link #builder()} and share it:
 * it annotates each document once, and is thread-safe. Analyzers in one JVM share the CoreNLP
 * models.
 */
public final class CoreNlpDebateAnalyzer implements DebateAnalyzer {

  /** The default limit on a document's length, in characters. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private final DocumentAnnotator annotator;
  private final ParseSelection parseSelection;
  private final QuotationFinder quotations = new QuotationFinder();
  private final DocumentAnalysis analysis;
  private final int maxChars;

  private CoreNlpDebateAnalyzer(Builder builder) {
    this.maxChars = builder.maxChars;
    Lexicon speechCues = Lexicon.load("/io/github/debatestance/nlp/speech-cues.tsv");
    Lexicon sourceNouns = Lexicon.load("/io/github/debatestance/nlp/source-nouns.txt");
    Lexicon speechNouns = Lexicon.load("/io/github/debatestance/nlp/speech-nouns.tsv");
    MentionReader mentions =
        new MentionReader(
            Lexicon.load("/io/github/debatestance/nlp/role-nouns.tsv"),
            Lexicon.load("/io/github/debatestance/nlp/pronouns.tsv"),
            Lexicon.load("/io/github/debatestance/nlp/organization-words.txt"),
            sourceNouns,
            Lexicon.load("/io/github/debatestance/nlp/unnamed-sources.txt"));
    this.parseSelection = new ParseSelection(speechCues, speechNouns, sourceNouns);
    StanceClassifier stance =
        builder.stanceClassifier != null
            ? builder.stanceClassifier
            : StanceModel.train(builder.debate != null ? builder.debate : DebateDefinition.openSourceAi());
    this.analysis =
        new DocumentAnalysis(
            new SpeakerSieves(speechCues, mentions),
            mentions,
            new ReportedSpeechFinder(speechCues, speechNouns, mentions),
            stance,
            ActorStanceAggregator.defaults());
    try {
      this.annotator = DocumentAnnotator.shared();
    } catch (RuntimeException e) {
      throw new AnalysisException("cannot load the CoreNLP models: " + e.getMessage(), e);
    }
  }

  /** A builder with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the text is longer than the configured maximum
   */
  @Override
  public DebateMap analyze(Document document) {
    requireNonNull(document, "document");
    String text = document.text();
    if (text.isBlank()) {
      return DebateMap.empty(document.id());
    }
    checkArgument(
        text.length() <= maxChars,
        "document %s is too long: %s characters, the maximum is %s",
        document.id(),
        text.length(),
        maxChars);
    List<Quotation> found = quotations.find(text);
    CoreDocument annotated = new CoreDocument(text);
    try {
      annotator.annotate(annotated, parseSelection);
      return analysis.analyze(document.id(), new ParsedDocument(text, annotated, found));
    } catch (RuntimeException e) {
      throw new AnalysisException(
          "analysis failed on document " + document.id() + ": " + e, e);
    }
  }

  /** Configures a {@link CoreNlpDebateAnalyzer}. Not thread-safe; use it from one thread. */
  public static final class Builder {
    private int maxChars = DEFAULT_MAX_CHARS;
    private StanceClassifier stanceClassifier;
    private DebateDefinition debate;

    private Builder() {}

    /** The longest document, in characters, that the analyzer accepts. */
    public Builder maxChars(int maxChars) {
      checkArgument(maxChars > 0, "maxChars must be positive: maxChars=%s", maxChars);
      this.maxChars = maxChars;
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
     * Labels stances along another debate's axis: the analyzer trains a model on the debate's own
     * statements when it is built. The default is {@link DebateDefinition#openSourceAi()}.
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
