package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.aggregation.ActorStanceAggregator;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.TextSpan;
import io.github.debatestance.core.spi.StanceClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one annotated document into its debate map: quotations and reported speech become claims,
 * the sieves and the registry give them speakers, and the classifier gives them stances.
 *
 * <p>Immutable and thread-safe: all per-document state lives in the call.
 */
public final class DocumentAnalysis {

  /** A quotation of fewer words and no speaker is taken for scare quotes or a title. */
  private static final int MIN_UNATTRIBUTED_WORDS = 4;

  private final SpeakerSieves sieves;
  private final MentionReader mentions;
  private final ReportedSpeechFinder reportedSpeech;
  private final StanceClassifier stance;
  private final ActorStanceAggregator aggregator;

  public DocumentAnalysis(
      SpeakerSieves sieves,
      MentionReader mentions,
      ReportedSpeechFinder reportedSpeech,
      StanceClassifier stance,
      ActorStanceAggregator aggregator) {
    this.sieves = sieves;
    this.mentions = mentions;
    this.reportedSpeech = reportedSpeech;
    this.stance = stance;
    this.aggregator = aggregator;
  }

  private record Draft(
      ClaimKind kind, TextSpan span, ActorRegistry.Entry speaker, String cue, double confidence) {}

  /** The debate map of a parsed document. */
  public DebateMap analyze(String documentId, ParsedDocument d) {
    ActorRegistry registry = new ActorRegistry(d, mentions);
    List<Draft> drafts = new ArrayList<>();
    List<Optional<SpeakerEvidence>> evidence = new ArrayList<>();
    List<ActorRegistry.Entry> speakers = new ArrayList<>();
    for (int i = 0; i < d.quotations().size(); i++) {
      Optional<SpeakerEvidence> e = sieves.attribute(d, i, evidence);
      ActorRegistry.Entry speaker = null;
      if (e.isPresent()) {
        speaker =
            e.get().mention() != null
                ? registry.resolve(e.get().mention()).orElse(null)
                : speakers.get(e.get().inheritedFrom());
      }
      // A quotation whose evidence led nowhere counts as having none.
      evidence.add(speaker == null ? Optional.empty() : e);
      speakers.add(speaker);
      Quotation q = d.quotations().get(i);
      String quoted = q.content().of(d.text()).strip();
      int words = quoted.split("\\s+").length;
      if (words < 2
          || speaker == null && words < MIN_UNATTRIBUTED_WORDS
          || isTitle(quoted)) {
        continue;
      }
      drafts.add(
          new Draft(
              ClaimKind.DIRECT,
              q.content(),
              speaker,
              e.map(SpeakerEvidence::cue).orElse(null),
              e.map(SpeakerEvidence::confidence).orElse(0.0)));
    }
    for (ReportedSpeech r : reportedSpeech.find(d)) {
      ActorRegistry.Entry speaker =
          r.speaker() == null ? null : registry.resolve(r.speaker()).orElse(null);
      double confidence =
          r.speaker() != null && r.speaker().kind() == Mention.Kind.NAME ? 0.9 : 0.8;
      drafts.add(new Draft(ClaimKind.INDIRECT, r.content(), speaker, d.word(r.cue()), confidence));
    }
    drafts.sort(Comparator.comparingInt(x -> x.span().begin()));
    return assemble(documentId, d.text(), drafts);
  }

  /** Words in title case ("Kestrel Community Licence") name something; they are not a claim. */
  private static boolean isTitle(String quoted) {
    String[] words = quoted.split("\\s+");
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    return !quoted.endsWith(".") && !quoted.endsWith(",");
  }

  private DebateMap assemble(String documentId, String text, List<Draft> drafts) {
    // Entries are compared by identity: one entry is one actor. Insertion order gives actor ids in
    // the order of their first claims.
    Map<ActorRegistry.Entry, String> ids = new LinkedHashMap<>();
    Map<String, List<Claim>> claimsByActor = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    for (Draft draft : drafts) {
      Attribution attribution = null;
      if (draft.speaker() != null) {
        String id = ids.computeIfAbsent(draft.speaker(), x -> "a" + (ids.size() + 1));
        attribution = new Attribution(id, draft.speaker().name(), draft.confidence());
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
      if (attribution != null) {
        claimsByActor.computeIfAbsent(attribution.actorId(), x -> new ArrayList<>()).add(claim);
      }
    }
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<ActorRegistry.Entry, String> e : ids.entrySet()) {
      ActorRegistry.Entry entry = e.getKey();
      actors.add(
          new Actor(
              e.getValue(),
              entry.name(),
              entry.aliases(),
              entry.type(),
              entry.roles(),
              aggregator.aggregate(claimsByActor.get(e.getValue()))));
    }
    return new DebateMap(documentId, actors, claims);
  }
}
