package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.aggregation.ActorStanceAggregator;
import io.github.debatestance.core.aggregation.SpeakerLean;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.TextSpan;
import io.github.debatestance.core.spi.StanceClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one annotated document into its debate map: quotations and reported speech become claims,
 * the sieves and the registry give them speakers, and the classifier gives them stances. Relation
 * cues between the speakers give stated relations, and their claims' stances inferred ones.
 *
 * <p>Immutable and thread-safe: all per-document state lives in the call.
 */
public final class DocumentAnalysis {

  private final SpeakerSieves sieves;
  private final ScareQuotes scareQuotes;
  private final MentionReader mentions;
  private final ReportedSpeechFinder reportedSpeech;
  private final StanceClassifier stance;
  private final SpeakerLean speakerLean;
  private final ActorStanceAggregator aggregator;
  private final RelationFinder relations;
  private final InferredRelations inferred;

  public DocumentAnalysis(
      SpeakerSieves sieves,
      ScareQuotes scareQuotes,
      MentionReader mentions,
      ReportedSpeechFinder reportedSpeech,
      StanceClassifier stance,
      SpeakerLean speakerLean,
      ActorStanceAggregator aggregator,
      RelationFinder relations,
      InferredRelations inferred) {
    this.sieves = sieves;
    this.scareQuotes = scareQuotes;
    this.mentions = mentions;
    this.reportedSpeech = reportedSpeech;
    this.stance = stance;
    this.speakerLean = speakerLean;
    this.aggregator = aggregator;
    this.relations = relations;
    this.inferred = inferred;
  }

  /**
   * What one chunk contributes to the map: its claims and the relations its cues state, with
   * offsets that index the whole document. Immutable and thread-safe.
   */
  public record ChunkDrafts(List<ClaimDraft> claims, List<RelationDraft> relations) {

    public ChunkDrafts {
      claims = List.copyOf(claims);
      relations = List.copyOf(relations);
    }
  }

  /**
   * A claim found in one chunk, before it gets its id and stance. Its span indexes the whole
   * document. Immutable and thread-safe.
   */
  public record ClaimDraft(
      ClaimKind kind, TextSpan span, SpeakerDraft speaker, String cue, double confidence) {}

  /**
   * The actor behind a claim as one chunk saw it. Chunks that name the same canonical actor
   * ({@code key}) give one actor of the map. Immutable and thread-safe.
   */
  public record SpeakerDraft(
      String key, String name, ActorType type, List<String> aliases, List<String> roles) {

    public SpeakerDraft {
      aliases = List.copyOf(aliases);
      roles = List.copyOf(roles);
    }
  }

  private record Draft(
      ClaimKind kind, TextSpan span, ActorRegistry.Entry speaker, String cue, double confidence) {}

  /**
   * The claims and stated relations of a parsed stretch of a document, with spans shifted by {@code
   * offset}: where the stretch begins in the document.
   */
  public ChunkDrafts read(ParsedDocument d, int offset) {
    ActorRegistry registry = new ActorRegistry(d, mentions);
    List<Draft> drafts = new ArrayList<>();
    List<Optional<SpeakerEvidence>> evidence = new ArrayList<>();
    List<ActorRegistry.Entry> speakers = new ArrayList<>();
    List<ReportedSpeech> reported = new ArrayList<>(reportedSpeech.find(d));
    Map<ReportedSpeech, Integer> turnOf = reportedInTurns(d);
    if (!turnOf.isEmpty()) {
      reported.addAll(turnOf.keySet());
      reported.sort(Comparator.comparingInt(r -> r.content().begin()));
    }
    // A name that speaks is known before any pronoun or role noun is resolved, whichever kind of
    // claim it speaks in: "the company" that a quotation cites may be the one reported speech
    // named earlier. The other reported speakers are resolved in document order below.
    List<ActorRegistry.Entry> reportedSpeakers = new ArrayList<>();
    for (ReportedSpeech r : reported) {
      ActorRegistry.Entry speaker = null;
      if (r.speaker() != null && r.speaker().kind() == Mention.Kind.NAME) {
        Mention name = sieves.personTitled(d, r.speaker());
        speaker = resolve(registry, name);
        if (speaker != null) {
          registry.noteSpeaker(name, speaker);
        }
      }
      reportedSpeakers.add(speaker);
    }
    for (int i = 0; i < d.quotations().size(); i++) {
      Optional<SpeakerEvidence> e = sieves.attribute(d, i, evidence);
      ActorRegistry.Entry speaker = null;
      if (e.isPresent()) {
        speaker =
            e.get().mention() != null
                ? resolve(registry, e.get().mention())
                : speakers.get(e.get().inheritedFrom());
        if (speaker != null && e.get().mention() != null) {
          registry.noteSpeaker(e.get().mention(), speaker);
        }
      }
      // A quotation whose evidence led nowhere counts as having none.
      evidence.add(speaker == null ? Optional.empty() : e);
      speakers.add(speaker);
      Quotation q = d.quotations().get(i);
      // "...," said one: a quotation reported as one unnamed source's words is a claim too. A few
      // words quoted from a record ("the memo proposes a "tiered" plan") are mostly its term,
      // held at a distance, and are judged as words no one is said to have spoken.
      boolean spoken = speaker != null && speaker.type() != ActorType.RECORD
          || sieves.hasUnnamedSpeaker(d, i);
      if (!scareQuotes.isClaim(d, q, spoken, offset == 0)) {
        continue;
      }
      // A block has no quotation marks: its speech verb reports it, as reported speech's does.
      drafts.add(
          new Draft(
              q.isBlock() ? ClaimKind.INDIRECT : ClaimKind.DIRECT,
              q.content(),
              speaker,
              e.map(SpeakerEvidence::cue).orElse(null),
              e.map(SpeakerEvidence::confidence).orElse(0.0)));
    }
    for (int i = 0; i < reported.size(); i++) {
      ReportedSpeech r = reported.get(i);
      ActorRegistry.Entry speaker = reportedSpeakers.get(i);
      if (turnOf.containsKey(r)) {
        // "I told the committee that ...": the first person of a turn is its speaker.
        speaker = speakers.get(turnOf.get(r));
      } else if (r.speaker() != null && r.speaker().kind() != Mention.Kind.NAME) {
        speaker = resolve(registry, r.speaker());
        if (speaker != null) {
          registry.noteSpeaker(r.speaker(), speaker);
        }
      }
      double confidence =
          r.speaker() != null && r.speaker().kind() == Mention.Kind.NAME ? 0.9 : 0.8;
      drafts.add(new Draft(ClaimKind.INDIRECT, DoubledQuotes.withoutMarks(d.text(), r.content()),
          speaker, d.word(r.cue()), confidence));
    }
    // Entries gather names and roles until the last claim is resolved, so they are read only now.
    Map<ActorRegistry.Entry, SpeakerDraft> snapshots = new IdentityHashMap<>();
    List<ClaimDraft> result = new ArrayList<>();
    for (Draft draft : drafts) {
      SpeakerDraft speaker =
          draft.speaker() == null
              ? null
              : snapshots.computeIfAbsent(
                  draft.speaker(),
                  e -> new SpeakerDraft(e.key(), e.name(), e.type(), e.aliases(), e.roles()));
      TextSpan span =
          new TextSpan(draft.span().begin() + offset, draft.span().end() + offset);
      result.add(new ClaimDraft(draft.kind(), span, speaker, draft.cue(), draft.confidence()));
    }
    // Read after the snapshots, so that the names of relation targets leave the speakers as they
    // are.
    return new ChunkDrafts(result, relations.find(d, registry, offset));
  }

  /**
   * What the speakers of labelled turns report in the first person, each with the index of its
   * turn: "I told the committee that open weights help auditors" in a hearing's turn is a claim
   * of the turn's speaker, as it would be in running text with their name for "I". A turn is
   * read like a quotation, whose words are not searched for cues, so its sentences are read
   * again as running text, only where a turn holds a parsed sentence in the first person.
   */
  private Map<ReportedSpeech, Integer> reportedInTurns(ParsedDocument d) {
    List<Quotation> quotations = d.quotations();
    List<Integer> turns = new ArrayList<>();
    for (int i = 0; i < quotations.size(); i++) {
      if (quotations.get(i).isTurn() && hasParsedSentence(d, quotations.get(i))) {
        turns.add(i);
      }
    }
    Map<ReportedSpeech, Integer> found = new LinkedHashMap<>();
    if (turns.isEmpty()) {
      return found;
    }
    ParsedDocument asText = d.withTurnsAsText();
    for (ReportedSpeech r : reportedSpeech.find(asText)) {
      for (int i : turns) {
        TextSpan turn = quotations.get(i).content();
        if (turn.contains(d.begin(r.cue()))
            && turn.contains(r.content().begin())
            && r.content().end() <= turn.end()
            && ReportedSpeechSpeakers.hasFirstPersonSubject(asText, r.cue())) {
          found.put(r, i);
        }
      }
    }
    return found;
  }

  private static boolean hasParsedSentence(ParsedDocument d, Quotation q) {
    int first = d.tokenAtOrAfter(q.content().begin());
    if (first >= d.size()) {
      return false;
    }
    for (int s = d.sentenceOf(first); s < d.sentenceCount()
        && d.begin(d.sentenceBegin(s)) < q.content().end(); s++) {
      if (d.graph(s) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor a mention stands for, or null. A name with no visible characters (a token of
   * invisible format characters that NER took for a name) is no actor.
   */
  private static ActorRegistry.Entry resolve(ActorRegistry registry, Mention mention) {
    return registry.resolve(mention).filter(e -> !isInvisible(e.name())).orElse(null);
  }

  private static boolean isInvisible(String name) {
    return name.codePoints()
        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
            || Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
  }

  /**
   * The debate map of a document from the claims and relations of all its chunks, claims in
   * document order. Speakers with the same canonical name are one actor, with the names and roles
   * of every chunk.
   */
  public DebateMap assemble(
      String documentId, String text, List<ClaimDraft> drafts, List<RelationDraft> relationDrafts) {
    // Insertion order gives actor ids in the order of their first claims.
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, MergedActor> merged = new LinkedHashMap<>();
    Map<String, List<Claim>> claimsByActor = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (ClaimDraft draft : withRepeatsAttributed(text, drafts)) {
      Attribution attribution = null;
      if (draft.speaker() != null) {
        SpeakerDraft s = draft.speaker();
        String id = ids.computeIfAbsent(s.key(), x -> "a" + (ids.size() + 1));
        MergedActor actor = merged.computeIfAbsent(id, x -> new MergedActor(s.name(), s.type()));
        actor.names.addAll(s.aliases());
        actor.roles.addAll(s.roles());
        attribution = new Attribution(id, actor.name, draft.confidence());
      }
      String claimText = draft.span().of(text);
      Claim claim =
          new Claim(
              "c" + (claims.size() + 1),
              draft.kind(),
              claimText,
              draft.span(),
              attribution,
              draft.cue(),
              stance.classify(claimText));
      claims.add(claim);
    }
    claims = withSpeakersLean(claims);
    for (Claim claim : claims) {
      claim
          .attribution()
          .ifPresent(
              a -> claimsByActor.computeIfAbsent(a.actorId(), x -> new ArrayList<>()).add(claim));
    }
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<String, MergedActor> e : merged.entrySet()) {
      MergedActor a = e.getValue();
      actors.add(
          new Actor(
              e.getKey(),
              a.name,
              a.names.stream().filter(n -> !n.equals(a.name)).toList(),
              a.type,
              List.copyOf(a.roles),
              aggregator.aggregate(claimsByActor.get(e.getKey()))));
    }
    List<Relation> stated = StatedRelations.of(text, claims, ids, relationDrafts);
    List<Relation> all = new ArrayList<>(stated);
    all.addAll(inferred.of(actors, claims, stated));
    return new DebateMap(documentId, actors, claims, all);
  }

  /**
   * The claims with each claim of a speaker who argues a side elsewhere in the document read again,
   * leaning to that side ({@link SpeakerLean}): where the words alone hesitate between the two
   * sides, the speaker's other claims decide, and the confidence is the probability after the
   * lean. Every claim leans on the first readings of the others, so the order of the claims does
   * not matter.
   */
  private List<Claim> withSpeakersLean(List<Claim> claims) {
    Map<String, List<Claim>> bySpeaker = new HashMap<>();
    for (Claim claim : claims) {
      claim
          .attribution()
          .ifPresent(
              a -> bySpeaker.computeIfAbsent(a.actorId(), x -> new ArrayList<>()).add(claim));
    }
    List<Claim> result = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      double lean =
          claim.speaker() == null
              ? SpeakerLean.NONE
              : speakerLean.of(claim, bySpeaker.get(claim.speaker().actorId()));
      result.add(
          lean == SpeakerLean.NONE
              ? claim
              : claim.withStance(stance.classify(claim.text(), lean)));
    }
    return result;
  }

  /** The fewest words a quotation needs before its repeat counts as the same words said once. */
  private static final int REPEAT_MIN_WORDS = 6;

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The drafts with each quotation that no evidence attributes but that repeats, word for word, a
   * quotation of one speaker elsewhere in the document, given that speaker: a pull quote set apart
   * from the story, or a line the headline takes from the body. A repeat stays a claim of its own,
   * as the document prints it twice; its attribution is less sure than the quotation's own. Short
   * quotations are left alone, since a slogan or a catchphrase is repeated by many speakers.
   */
  private static List<ClaimDraft> withRepeatsAttributed(String text, List<ClaimDraft> drafts) {
    List<String> keys = drafts.stream().map(draft -> repeatKey(text, draft)).toList();
    Map<String, ClaimDraft> attributed = new HashMap<>();
    Set<String> disputed = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      ClaimDraft draft = drafts.get(i);
      if (keys.get(i) != null && draft.speaker() != null) {
        ClaimDraft first = attributed.putIfAbsent(keys.get(i), draft);
        if (first != null && !first.speaker().key().equals(draft.speaker().key())) {
          disputed.add(keys.get(i));
        }
      }
    }
    List<ClaimDraft> result = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      ClaimDraft draft = drafts.get(i);
      ClaimDraft original = keys.get(i) == null ? null : attributed.get(keys.get(i));
      if (draft.speaker() == null && original != null && !disputed.contains(keys.get(i))) {
        draft =
            new ClaimDraft(
                draft.kind(), draft.span(), original.speaker(), draft.cue(),
                original.confidence() / 2);
      }
      result.add(draft);
    }
    return result;
  }

  /** The lower-case words of a quotation long enough to be recognised when repeated, or null. */
  private static String repeatKey(String text, ClaimDraft draft) {
    if (draft.kind() != ClaimKind.DIRECT) {
      return null;
    }
    String words =
        NOT_A_WORD.matcher(draft.span().of(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return words.split(" ").length >= REPEAT_MIN_WORDS ? words : null;
  }

  /** One actor of the map, gathered from the chunks that name it. */
  private static final class MergedActor {
    final String name;
    final ActorType type;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    MergedActor(String name, ActorType type) {
      this.name = name;
      this.type = type;
    }
  }
}
