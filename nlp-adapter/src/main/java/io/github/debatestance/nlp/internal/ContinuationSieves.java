package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.CueSpeakers.confidence;
import static io.github.debatestance.nlp.internal.CueSpeakers.endsSoon;
import static io.github.debatestance.nlp.internal.CueSpeakers.isAdjectival;
import static io.github.debatestance.nlp.internal.CueSpeakers.reportsContent;
import static io.github.debatestance.nlp.internal.QuotationBounds.crossesParagraph;
import static io.github.debatestance.nlp.internal.QuotationBounds.sameParagraph;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sieves that carry a speaker across sentences and paragraphs, as news gives one speaker's
 * words after a paraphrase or over several paragraphs: a quotation left open in the paragraph
 * before, a sentence before that only attributes ({@code Reyes agreed. "..."}) or that paraphrases
 * a named speaker, an attributed quotation before in the same paragraph, and the speaker that the
 * paragraph before last cited or announced.
 *
 * <p>Immutable and thread-safe.
 */
final class ContinuationSieves {

  private final CueSpeakers cues;
  private final MentionReader mentions;
  private final ClauseSubjects clauseSubjects;

  ContinuationSieves(CueSpeakers cues, MentionReader mentions, ClauseSubjects clauseSubjects) {
    this.cues = cues;
    this.mentions = mentions;
    this.clauseSubjects = clauseSubjects;
  }

  /**
   * A paragraph that goes on a quotation left open in the paragraph before it: the words are the
   * same speaker's.
   */
  Optional<SpeakerEvidence> leftOpenBefore(
      ParsedDocument d, Quotation q, int index, List<Optional<SpeakerEvidence>> found) {
    if (index == 0 || !q.startsParagraph()) {
      return Optional.empty();
    }
    Quotation previous = d.quotations().get(index - 1);
    // A quotation left open goes on in this paragraph; a turn or a block, which has no marks,
    // does not.
    if (previous.form() == Quotation.Form.MARKS && !previous.isClosed()
        && found.get(index - 1).isPresent()) {
      return Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.9));
    }
    return Optional.empty();
  }

  /**
   * A quotation that opens its sentence right after a sentence of the same paragraph whose cue verb
   * reports nothing of its own: "Reyes agreed. "..."", "Or so the economist Lena Forsberg says.
   * "..."". Such a sentence announces the words that follow.
   */
  Optional<SpeakerEvidence> bareCueBefore(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    if (open <= 0) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    if (d.sentenceBegin(sentence) != open || sentence == 0) {
      return Optional.empty();
    }
    int previous = sentence - 1;
    int first = d.sentenceBegin(previous);
    if (crossesParagraph(d, d.end(open - 1), q.open())) {
      return Optional.empty();
    }
    for (int t = open - 1; t >= first; t--) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      if (cues.isCueVerb(d, t) && !isAdjectival(d, t)) {
        if (reportsContent(d, t) || !endsSoon(d, t)) {
          return Optional.empty();
        }
        int cue = t;
        return mentions
            .subjectOf(d, t)
            .or(() -> cues.invertedSubject(d, cue))
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
      }
    }
    return Optional.empty();
  }

  /**
   * A quotation that follows an attributed one in the same paragraph: the same speaker goes on,
   * unless the quotation's own clause has a named subject, who then speaks.
   */
  Optional<SpeakerEvidence> afterAttributedInParagraph(
      ParsedDocument d, Quotation q, int index, List<Optional<SpeakerEvidence>> found) {
    if (index == 0 || found.get(index - 1).isEmpty()) {
      return Optional.empty();
    }
    Quotation previous = d.quotations().get(index - 1);
    if (!sameParagraph(d, previous, q)) {
      return Optional.empty();
    }
    // A quotation inside a clause whose subject is named goes with that name rather than
    // with the speaker before it: in "...," Okafor said. Reyes praised its "steady hand."
    // the fragment is Reyes's.
    return clauseSubjects.clauseSubjectName(d, q)
        .map(m -> SpeakerEvidence.of(m, null, 0.75))
        .or(() -> Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.75)));
  }

  /**
   * A quotation that opens its sentence right after a sentence of the same paragraph that reports
   * what a named speaker said, with no quotation of its own: "Reyes recalled how the first winter
   * went. "...."", "Reyes announced the lawsuit on Monday. "...."". News gives the speaker's own
   * words right after the paraphrase; the last cue of that sentence speaks.
   */
  Optional<SpeakerEvidence> cueSentenceBefore(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    if (open <= 0) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    if (d.sentenceBegin(sentence) != open || sentence == 0
        || crossesParagraph(d, d.end(open - 1), q.open())) {
      return Optional.empty();
    }
    int first = d.sentenceBegin(sentence - 1);
    for (int t = first; t < open; t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
    }
    for (int t = open - 1; t >= first; t--) {
      // A passive or an infinitive ("who asked not to be named") reports no one's words.
      boolean passive = d.tag(t).equals("VBN") && t > first && d.lemma(t - 1).equals("be");
      if (cues.isCueVerb(d, t) && !isAdjectival(d, t) && !passive
          && !(t > first && d.word(t - 1).equalsIgnoreCase("to"))) {
        int cue = t;
        if (mentions.hasUnnamedSubject(d, cue)) {
          return Optional.empty();
        }
        Optional<Mention> subject = mentions.subjectOf(d, cue)
            .or(() -> clauseSubjects.linearSubject(d, cue, first).name());
        if (subject.isPresent()) {
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.6)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A quotation that opens a paragraph with no cue of its own goes on from the speaker that the
   * paragraph before it last cited: the subject of its last cue verb.
   */
  Optional<SpeakerEvidence> previousParagraphSpeaker(ParsedDocument d, Quotation q) {
    if (!q.startsParagraph()) {
      return Optional.empty();
    }
    int paragraphStart = QuotationFinder.paragraphBegin(d.text(), q.open());
    if (paragraphStart == 0) {
      return Optional.empty();
    }
    int back = paragraphStart;
    while (back > 0 && Character.isWhitespace(d.text().charAt(back - 1))) {
      back--;
    }
    int previousStart = QuotationFinder.paragraphBegin(d.text(), back);
    int first = d.tokenAtOrAfter(previousStart);
    for (int t = d.tokenBefore(paragraphStart); t >= first; t--) {
      if (cues.isCueVerb(d, t) && !d.isQuoted(t)) {
        int cue = t;
        // "...," said Reyes's adviser Tom Okafor. names its speaker after the cue.
        Optional<Mention> subject = mentions.subjectOf(d, t).or(() -> cues.invertedSubject(d, cue));
        if (subject.isPresent()) {
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.7)));
        }
      }
    }
    return sourceAnnounced(d, d.tokenBefore(paragraphStart), first)
        .or(() -> namedSubjectBefore(d, d.tokenBefore(paragraphStart), first));
  }

  /**
   * A paragraph whose last sentence is about a named speaker and quotes no one, before a paragraph
   * of nothing but quoted words: the speaker it is about goes on ("Reyes is upbeat about the
   * port's chances. / "We will win this vote."").
   */
  private Optional<SpeakerEvidence> namedSubjectBefore(ParsedDocument d, int last, int first) {
    if (last < 0) {
      return Optional.empty();
    }
    int begin = Math.max(first, d.sentenceBegin(d.sentenceOf(last)));
    int root = -1;
    for (int t = begin; t <= last; t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      if (root < 0 && d.node(t) != null && d.head(t).isEmpty()) {
        root = t;
      }
    }
    if (root < 0 || !d.tag(root).startsWith("VB") && !d.tag(root).startsWith("JJ")) {
      return Optional.empty();
    }
    return mentions.subjectOf(d, root)
        .filter(m -> m.kind() == Mention.Kind.NAME && !d.tag(m.head()).equals("NNPS"))
        .map(m -> SpeakerEvidence.of(m, null, 0.55));
  }

  /**
   * A paragraph that ends by naming the statement, interview or post that the next paragraph
   * quotes: the subject of its last sentence speaks ("Reyes spoke in an interview on Halden Radio
   * on Monday.", "The party issued a statement on Friday.").
   */
  private Optional<SpeakerEvidence> sourceAnnounced(ParsedDocument d, int last, int first) {
    if (last < 0) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(last);
    int begin = Math.max(first, d.sentenceBegin(sentence));
    int root = -1;
    int source = -1;
    for (int t = begin; t <= last; t++) {
      if (d.isQuoted(t) && !isShortQuotation(d, t)) {
        return Optional.empty();
      }
      if (source < 0 && !d.isQuoted(t) && mentions.isSourceNoun(d, t)) {
        source = t;
      }
      if (d.node(t) != null && d.head(t).isEmpty()) {
        root = t;
      }
    }
    if (source < 0 || root < 0) {
      return Optional.empty();
    }
    // "..., since Reyes spoke only in slogans during the interview.": the verb that names the
    // interview is the speaker's, even inside a clause below the sentence's own verb.
    OptionalInt verb = d.verbAbove(source, d.size());
    Optional<Mention> speaker = verb.isPresent() && verb.getAsInt() != root
        ? mentions.subjectOf(d, verb.getAsInt()).filter(m -> m.kind() == Mention.Kind.NAME)
        : Optional.empty();
    if (speaker.isEmpty() && d.tag(root).startsWith("VB")) {
      speaker = mentions.subjectOf(d, root);
    }
    return speaker.map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.7)));
  }

  /** Whether the quoted token belongs to a few words held at a distance, not a quotation said. */
  private static boolean isShortQuotation(ParsedDocument d, int t) {
    return d.quotationContaining(d.begin(t))
        .map(q -> q.wordsAtWhiteSpace(d.text()) <= 4)
        .orElse(false);
  }

  /**
   * A paragraph that opens with a quotation right after a paragraph that ended on an attributed
   * one: the same speaker goes on.
   */
  Optional<SpeakerEvidence> afterQuotedParagraph(
      ParsedDocument d, Quotation q, int index, List<Optional<SpeakerEvidence>> found) {
    if (q.startsParagraph() && index > 0 && found.get(index - 1).isPresent()
        && !d.quotations().get(index - 1).isTurn()
        && endsPreviousParagraph(d, d.quotations().get(index - 1), q)) {
      // News runs one speaker's words over several paragraphs. A turn of a transcript ends with
      // its line.
      return Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.7));
    }
    return Optional.empty();
  }

  /**
   * Whether a quotation closes in the last sentence of the paragraph right before the one that
   * {@code q} opens.
   */
  private static boolean endsPreviousParagraph(ParsedDocument d, Quotation previous, Quotation q) {
    int paragraphStart = QuotationFinder.paragraphBegin(d.text(), q.open());
    if (paragraphStart == 0 || previous.end() > paragraphStart) {
      return false;
    }
    int back = paragraphStart;
    while (back > 0 && Character.isWhitespace(d.text().charAt(back - 1))) {
      back--;
    }
    if (previous.end() < QuotationFinder.paragraphBegin(d.text(), back)) {
      return false;
    }
    int last = d.tokenBefore(paragraphStart);
    int closing = d.tokenBefore(previous.end());
    return last >= 0 && closing >= 0 && d.sentenceOf(last) == d.sentenceOf(closing);
  }
}
