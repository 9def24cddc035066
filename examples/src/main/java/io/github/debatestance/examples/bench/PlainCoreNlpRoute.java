package io.github.debatestance.examples.bench;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The route a user would otherwise take: CoreNLP's full pipeline with coreference and quote
 * attribution, at its default settings, read as a debate map. Each quotation CoreNLP finds becomes
 * a {@code DIRECT} claim of the words between its marks, spoken by the speaker CoreNLP gives it:
 * the canonical speaker that coreference resolved, else the speaker's own mention. A speaker that
 * is only a pronoun names no one, so its quotation gets no speaker. Quotations nested in another
 * are part of the outer one's claim. The route finds no reported speech and labels no stance:
 * every claim and actor is {@code NEUTRAL}. The benchmark times it, and {@code evaluate
 * --compare-corenlp} scores it beside debate-stance.
 *
 * <p>Thread-safety: CoreNLP's quote attribution keeps the characters of the document it is
 * annotating in a field of the shared annotator (CoreNLP 4.5.10), so two documents annotated at
 * once can swap speakers or fail. A route built with {@link #oneAtATime()} annotates one document
 * at a time and is thread-safe; the default route, which the benchmark times, lets threads
 * annotate at once, as a user's parallel run would, and its speakers are then not to be trusted.
 */
public final class PlainCoreNlpRoute implements DebateAnalyzer {

  /** The annotators of the route. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  /** CoreNLP states no confidence for its attributions; this marks them as unknown. */
  private static final double UNSTATED_CONFIDENCE = 0.5;

  private static final StanceAssessment NO_STANCE = StanceAssessment.neutral(0.0);

  private final StanfordCoreNLP pipeline;
  /** Held while annotating, when documents must go through one at a time; otherwise null. */
  private final Object oneAtATime;

  /**
   * Loads the route's models, which takes half a minute or more and a heap of several GB. Threads
   * may annotate at once; see the class comment.
   */
  public PlainCoreNlpRoute() {
    this(false);
  }

  private PlainCoreNlpRoute(boolean serial) {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(properties);
    oneAtATime = serial ? new Object() : null;
  }

  /** The route that annotates one document at a time, so that every speaker is its document's. */
  public static PlainCoreNlpRoute oneAtATime() {
    return new PlainCoreNlpRoute(true);
  }

  @Override
  public DebateMap analyze(Document document) {
    CoreDocument annotated = new CoreDocument(document.text());
    try {
      if (oneAtATime == null) {
        pipeline.annotate(annotated);
      } else {
        synchronized (oneAtATime) {
          pipeline.annotate(annotated);
        }
      }
    } catch (RuntimeException e) {
      throw new AnalysisException(
          "the plain CoreNLP route failed on " + document.id() + ": " + e, e);
    }
    return toMap(document, annotated);
  }

  private static DebateMap toMap(Document document, CoreDocument annotated) {
    String text = document.text();
    Map<String, SpeakerNames> speakers = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    List<CoreQuote> quotes =
        new ArrayList<>(annotated.quotes() == null ? List.of() : annotated.quotes());
    quotes.sort(Comparator.comparingInt((CoreQuote q) -> q.quoteCharOffsets().first()));
    int coveredTo = 0;
    for (CoreQuote quote : quotes) {
      Pair<Integer, Integer> offsets = quote.quoteCharOffsets();
      // CoreNLP lists the quotations nested in another one as well; they are part of the outer
      // claim, as in debate-stance's maps, whose claims never overlap.
      if (offsets.first() < coveredTo) {
        continue;
      }
      Optional<TextSpan> content = content(text, offsets);
      if (content.isEmpty()) {
        continue;
      }
      coveredTo = offsets.second();
      Attribution attribution = null;
      Optional<String> name = speakerName(quote);
      if (name.isPresent()) {
        String key = name.get().toLowerCase(Locale.ROOT);
        SpeakerNames names =
            speakers.computeIfAbsent(
                key, k -> new SpeakerNames("a" + (speakers.size() + 1), name.get(), type(quote)));
        quote
            .speaker()
            .filter(s -> !isPronoun(quote.speakerTokens()))
            .ifPresent(names.aliases::add);
        attribution = new Attribution(names.id, names.name, UNSTATED_CONFIDENCE);
      }
      TextSpan span = content.get();
      claims.add(
          new Claim(
              "c" + (claims.size() + 1),
              ClaimKind.DIRECT,
              span.of(text),
              span,
              attribution,
              null,
              NO_STANCE));
    }
    List<Actor> actors = new ArrayList<>();
    for (SpeakerNames s : speakers.values()) {
      List<String> aliases = s.aliases.stream().filter(a -> !a.equals(s.name)).toList();
      actors.add(new Actor(s.id, s.name, aliases, s.type, List.of(), NO_STANCE));
    }
    return new DebateMap(document.id(), actors, claims);
  }

  /** The speaker's name: the canonical speaker, else the speaker, unless it is only a pronoun. */
  private static Optional<String> speakerName(CoreQuote quote) {
    Optional<String> canonical = quote.canonicalSpeaker().filter(s -> !s.isBlank());
    if (canonical.isPresent() && !isPronoun(quote.canonicalSpeakerTokens())) {
      return canonical.map(String::strip);
    }
    return quote
        .speaker()
        .filter(s -> !s.isBlank() && !isPronoun(quote.speakerTokens()))
        .map(String::strip);
  }

  private static ActorType type(CoreQuote quote) {
    String type =
        quote
            .canonicalSpeakerEntityMention()
            .or(quote::speakerEntityMention)
            .map(CoreEntityMention::entityType)
            .orElse("");
    return type.equals("ORGANIZATION") ? ActorType.ORGANIZATION : ActorType.PERSON;
  }

  private static boolean isPronoun(Optional<List<CoreLabel>> tokens) {
    return tokens.isPresent()
        && !tokens.get().isEmpty()
        && tokens.get().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
  }

  /** The words between a quotation's marks, or empty when nothing but marks and spaces is there. */
  private static Optional<TextSpan> content(String text, Pair<Integer, Integer> offsets) {
    int begin = Math.max(0, offsets.first());
    int end = Math.min(text.length(), offsets.second());
    while (begin < end && isMarkOrSpace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isMarkOrSpace(text.charAt(end - 1))) {
      end--;
    }
    return begin < end ? Optional.of(new TextSpan(begin, end)) : Optional.empty();
  }

  private static boolean isMarkOrSpace(char c) {
    return Character.isWhitespace(c)
        || "\"'`\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB".indexOf(c) >= 0;
  }

  /** The names one speaker goes by in a document. */
  private static final class SpeakerNames {
    final String id;
    final String name;
    final ActorType type;
    final Set<String> aliases = new LinkedHashSet<>();

    SpeakerNames(String id, String name, ActorType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }
  }
}
