package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.CueSpeakers.confidence;
import static io.github.debatestance.nlp.internal.CueSpeakers.isAdjectival;
import static io.github.debatestance.nlp.internal.QuotationBounds.crossesParagraph;
import static io.github.debatestance.nlp.internal.QuotationBounds.isStop;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The sieves that read the words before a quotation in its sentence: a cue verb ({@code X said:
 * "..."}), a participle after a comma that goes on from a clause ({@code X went after the governor,
 * calling him "..."}), a source noun with its owner ({@code X's pledge to "..."}), "according to
 * X" (right after the quotation too), and a short clause of saying opened by "as" ({@code As X
 * notes, "..."}).
 *
 * <p>Immutable and thread-safe.
 */
final class PrecedingCueSieves {

  private final CueSpeakers cues;
  private final MentionReader mentions;

  PrecedingCueSieves(CueSpeakers cues, MentionReader mentions) {
    this.cues = cues;
    this.mentions = mentions;
  }

  /**
   * A cue verb before the quotation in its sentence and paragraph: {@code X said: "..."}, and the
   * second half of a split quotation. The search stops at another quotation, whose cue it is.
   */
  Optional<SpeakerEvidence> precedingCue(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    int t = d.tokenBefore(q.open());
    int sentence = open >= 0 ? d.sentenceOf(open) : -1;
    for (; t >= 0 && d.sentenceOf(t) == sentence; t--) {
      if (d.isQuoted(t)) {
        Optional<Quotation> other = d.quotationContaining(d.begin(t));
        if (other.isPresent() && other.get().open() != q.open()) {
          return Optional.empty();
        }
        continue;
      }
      if (crossesParagraph(d, d.end(t), q.open())) {
        return Optional.empty();
      }
      if (cues.isCueVerb(d, t) && !isAdjectival(d, t)) {
        int cue = t;
        Optional<SpeakerEvidence> e =
            cues.parentheticalSubject(d, t)
                .or(() -> mentions.subjectOf(d, cue))
                .or(() -> cues.invertedSubject(d, cue))
                .or(() -> mentions.participleSpeaker(d, cue))
                .or(() -> nameBeforeRelativeClause(d, cue))
                .or(() -> asClauseSubject(d, cue))
                .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.9)));
        if (e.isPresent() || d.node(cue) == null || mentions.hasSubject(d, cue)) {
          return e;
        }
        // A parsed cue with no subject at all reports for no one of its own: in "Reyes said
        // voters would find it "...", the parse may leave "find" without one and hang "said"
        // from it. The cue before it in the sentence speaks.
      }
    }
    return Optional.empty();
  }

  /**
   * The name that a relative clause set off by commas describes, right before a cue that the parse
   * left without a subject: "Reyes, who also spoke in Leeds this week, tweeted, "..."".
   */
  private Optional<Mention> nameBeforeRelativeClause(ParsedDocument d, int cue) {
    if (cue < 3 || !d.word(cue - 1).equals(",")) {
      return Optional.empty();
    }
    // The clause is short; a look further back would cost a run-on sentence its square.
    int first = Math.max(d.sentenceBegin(d.sentenceOf(cue)), cue - 30);
    for (int t = cue - 2; t > first + 1; t--) {
      if (d.isQuoted(t) || isStop(d.word(t))) {
        return Optional.empty();
      }
      String w = d.word(t);
      if ((w.equalsIgnoreCase("who") || w.equalsIgnoreCase("whose")) && d.word(t - 1).equals(",")) {
        int name = t - 2;
        if (d.isQuoted(name) || !mentions.isNameToken(d, name)) {
          return Optional.empty();
        }
        Mention m = mentions.name(d, name);
        return m.last() == name ? Optional.of(m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker of "as Reyes told the Courier, "..."" where the parse took "as Reyes" for a phrase
   * hanging from the cue rather than the subject of a clause opened by "as".
   */
  private Optional<Mention> asClauseSubject(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent dep : d.dependents(cue)) {
      int t = dep.token();
      if (t < cue
          && dep.relation().startsWith("obl")
          && !d.isQuoted(t)
          && d.children(t, "case").stream().anyMatch(c -> d.word(c).equalsIgnoreCase("as"))) {
        return mentions.at(d, t).filter(m -> m.kind() == Mention.Kind.NAME);
      }
    }
    return Optional.empty();
  }

  /**
   * A quotation under a participle of a speech cue that goes on from a clause after a comma:
   * "Reyes went after the governor, calling him "..."", "Brennan argued that the levy would
   * help, saying it is "..."". The participle's speaker is the subject of the clause it modifies;
   * where that subject is a thing rather than a speaker ("the levy"), the clause that holds it
   * reports for the subject above it. Reads the words between the participle and the quotation
   * linearly, since the parse of a quotation's words often hangs them from the quotation marks.
   */
  Optional<SpeakerEvidence> participleClause(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    if (open <= 0) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    int first = Math.max(d.sentenceBegin(sentence), open - 30);
    int cue = -1;
    for (int t = open - 1; t >= first; t--) {
      if (d.isQuoted(t) || isStop(d.word(t)) || crossesParagraph(d, d.end(t), q.open())) {
        return Optional.empty();
      }
      if (cues.isCueVerb(d, t) && !isAdjectival(d, t)) {
        cue = t;
        break;
      }
    }
    if (cue < 0) {
      return Optional.empty();
    }
    int speechCue = cue;
    return mentions.participleSpeaker(d, cue)
        .map(m -> SpeakerEvidence.of(m, d.word(speechCue), confidence(m, 0.8)));
  }

  /**
   * A source noun with its owner or issuer, before the quotation in its sentence or right after it:
   * {@code Northwind's founding pledge to "..."}, {@code Reyes's "..." pledge}, {@code "..."
   * (Brennan's post)}.
   */
  Optional<SpeakerEvidence> sourceNoun(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    if (open < 0) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    for (int t = open - 1; t >= d.sentenceBegin(sentence); t--) {
      if (d.isQuoted(t) || crossesParagraph(d, d.end(t), q.open())) {
        break;
      }
      Optional<SpeakerEvidence> e = cues.ownedSource(d, t);
      if (e.isPresent()) {
        return e;
      }
    }
    // "Reyes's "we will publish" pledge": the source noun right after the quotation.
    int next = d.tokenAtOrAfter(q.end());
    if (next < d.size() && !crossesParagraph(d, q.end(), d.begin(next))) {
      Optional<SpeakerEvidence> e = cues.ownedSource(d, next);
      if (e.isPresent()) {
        return e;
      }
      // The parse may hang the possessive on the quoted words instead; it stands right before
      // the opening mark.
      int possessive = open - 1;
      if (mentions.isSourceNoun(d, next)
          && possessive > 0
          && d.tag(possessive).equals("POS")
          && mentions.isNameToken(d, possessive - 1)) {
        Mention owner = mentions.name(d, possessive - 1);
        return Optional.of(SpeakerEvidence.of(owner, d.word(next), 0.8));
      }
    }
    // "(Brennan's post)" right after the quotation.
    int after = d.tokenAtOrAfter(q.end());
    if (after >= d.size() || !d.word(after).matches("\\(|-LRB-")) {
      return Optional.empty();
    }
    for (int t = after; t < Math.min(d.size(), after + 6); t++) {
      if (d.isQuoted(t)) {
        break;
      }
      Optional<SpeakerEvidence> e = cues.ownedSource(d, t);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  /**
   * A quotation that "according to X" vouches for right after it or right before it, in its own
   * sentence, with no cue of its own: ""...," according to the Halden Institute", "According to
   * Reyes, "..."". A document names its author ("according to a report from the county").
   */
  Optional<SpeakerEvidence> accordingTo(ParsedDocument d, Quotation q) {
    if (q.isClosed()) {
      int t = d.tokenAtOrAfter(q.end());
      while (t < d.size() && d.word(t).equals(",") && !d.isQuoted(t)) {
        t++;
      }
      if (t < d.size()
          && !d.isQuoted(t)
          && !crossesParagraph(d, q.end(), d.begin(t))
          && EvidentialClaims.isAccordingTo(d, t)) {
        return sourceAfterAccordingTo(d, t);
      }
    }
    int open = d.tokenBefore(q.open() + 1);
    int t = open - 1;
    // "According to Reyes: "..."" introduces the words as the comma does.
    if (t < 0 || !(d.word(t).equals(",") || d.word(t).equals(":")) || d.isQuoted(t)) {
      return Optional.empty();
    }
    int first = d.sentenceBegin(d.sentenceOf(t));
    if (first + 1 < t
        && EvidentialClaims.isAccordingTo(d, first)
        && !crossesParagraph(d, d.end(first), q.open())) {
      Optional<SpeakerEvidence> e = sourceAfterAccordingTo(d, first);
      // The phrase must reach the comma before the quotation: "According to Reyes, "..."".
      return e.filter(x -> x.mention() == null || x.mention().last() < t);
    }
    return Optional.empty();
  }

  /** The source that "according to" names, a document's author standing for the document. */
  private Optional<SpeakerEvidence> sourceAfterAccordingTo(ParsedDocument d, int according) {
    OptionalInt source = EvidentialClaims.accordingToSource(d, according);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int x = source.getAsInt();
    return mentions
        .at(d, x)
        .or(() -> mentions.namedPossessor(d, x))
        .or(() -> mentions.documentAuthor(d, x))
        .or(() -> mentions.groupAt(d, x))
        // "according to the harbour survey": a record cited without its author.
        .or(() -> mentions.recordAt(d, x))
        .map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.8)));
  }

  /**
   * A quotation that a clause of saying opened by "as" introduces, with nothing between the
   * clause's comma and the quotation: "As Moreau notes, "..."". The tagger often takes the verb of
   * so short a clause for a plural noun ("notes", "warns"), and the parse then has no clause of
   * saying to hang the quotation from; the words themselves are enough: "as", a name, perhaps an
   * auxiliary, a verb of saying, the comma.
   */
  Optional<SpeakerEvidence> asClauseBefore(ParsedDocument d, Quotation q) {
    int comma = d.tokenBefore(q.open() + 1) - 1;
    if (comma < 3 || !d.word(comma).equals(",") || d.isQuoted(comma)) {
      return Optional.empty();
    }
    int first = d.sentenceBegin(d.sentenceOf(comma));
    if (!d.word(first).equalsIgnoreCase("as") || !mentions.isNameToken(d, first + 1)
        || crossesParagraph(d, d.end(first), q.open())) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, first + 1);
    int verb = m.last() + 1;
    if (verb + 1 < comma && AUXILIARIES.contains(d.lemma(verb))) {
      verb++;
    }
    if (verb + 1 != comma || !(d.tag(verb).startsWith("VB") || d.tag(verb).equals("NNS"))
        || !cues.isCueLemma(d.lemma(verb))) {
      return Optional.empty();
    }
    return Optional.of(SpeakerEvidence.of(m, d.word(verb), confidence(m, 0.8)));
  }

  /** Auxiliaries that may stand between the name and the verb of a clause opened by "as". */
  private static final Set<String> AUXILIARIES = Set.of("have", "do", "will", "would", "might");
}
