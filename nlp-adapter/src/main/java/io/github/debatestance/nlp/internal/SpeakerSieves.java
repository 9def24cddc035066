package io.github.debatestance.nlp.internal;

import java.util.List;
import java.util.Optional;

/**
 * Finds the speaker of each quotation with an ordered set of sieves, most precise first. The first
 * sieve that finds evidence wins; a quotation with no evidence gets no speaker.
 *
 * <ol>
 *   <li>a cue verb right after the quotation: {@code "...," X said} and {@code "...," said X};
 *   <li>a cue verb before it in the same paragraph and sentence: {@code X said: "..."}, and the
 *       second half of a split quotation;
 *   <li>a source noun with its owner: {@code Northwind's founding pledge to "..."}, {@code (Brennan's
 *       post)};
 *   <li>a paragraph that goes on a quotation left open in the paragraph before;
 *   <li>a quotation after a colon: the subject of the sentence before it, a cue verb's subject
 *       in it, or the one person it names;
 *   <li>a quotation that follows an attributed one in the same paragraph;
 *   <li>a quotation that opens a paragraph: the speaker the paragraph before last cited.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerSieves {

  /** How many tokens after a quotation a trailing cue may stand ("," the lab's chief scientist said). */
  private static final int TRAILING_WINDOW = 8;

  private final Lexicon speechCues;
  private final MentionReader mentions;

  public SpeakerSieves(Lexicon speechCues, MentionReader mentions) {
    this.speechCues = speechCues;
    this.mentions = mentions;
  }

  /**
   * The evidence for the speaker of quotation {@code index}.
   *
   * @param found the evidence for the quotations before it, in order
   */
  public Optional<SpeakerEvidence> attribute(
      ParsedDocument d, int index, List<Optional<SpeakerEvidence>> found) {
    Quotation q = d.quotations().get(index);
    Optional<SpeakerEvidence> e = trailingCue(d, q);
    if (e.isEmpty()) {
      e = precedingCue(d, q);
    }
    if (e.isEmpty()) {
      e = sourceNoun(d, q);
    }
    if (e.isEmpty() && index > 0 && q.startsParagraph()) {
      Quotation previous = d.quotations().get(index - 1);
      if (!previous.isClosed() && found.get(index - 1).isPresent()) {
        e = Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.9));
      }
    }
    if (e.isEmpty()) {
      e = colonIntroduction(d, q);
    }
    if (e.isEmpty() && index > 0 && found.get(index - 1).isPresent()) {
      Quotation previous = d.quotations().get(index - 1);
      if (sameParagraph(d, previous, q)) {
        e = Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.75));
      }
    }
    if (e.isEmpty() && q.startsParagraph()) {
      e = previousParagraphSpeaker(d, q);
    }
    return e;
  }

  private Optional<SpeakerEvidence> trailingCue(ParsedDocument d, Quotation q) {
    if (!q.isClosed() || endsSentence(q.content().of(d.text()))) {
      // A quotation that closes its own sentence is attributed before it, or in a new sentence.
      return Optional.empty();
    }
    int start = d.tokenAtOrAfter(q.end());
    // The cue may stand far off when an appositive comes between ("...," Corvane AI, a start-up
    // in Leeds, said), but its subject must then stand right after the quotation.
    int limit = Math.min(d.size(), start + 4 * TRAILING_WINDOW);
    for (int t = start; t < limit; t++) {
      if (d.isQuoted(t) || isStop(d.word(t)) || crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (isCueVerb(d, t)) {
        if (introducesNext(d, t)) {
          return Optional.empty();
        }
        Optional<Mention> speaker = mentions.subjectOf(d, t);
        if (speaker.isEmpty()) {
          speaker = adjacentMention(d, t, start);
        }
        String cue = d.word(t);
        boolean near = t < start + TRAILING_WINDOW;
        return speaker
            .filter(m -> near || m.first() < start + TRAILING_WINDOW / 2)
            .map(m -> SpeakerEvidence.of(m, cue, confidence(m, 0.95)));
      }
    }
    return Optional.empty();
  }

  private Optional<SpeakerEvidence> precedingCue(ParsedDocument d, Quotation q) {
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
      if (isCueVerb(d, t)) {
        int cue = t;
        return mentions.subjectOf(d, t)
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.9)));
      }
    }
    return Optional.empty();
  }

  private Optional<SpeakerEvidence> sourceNoun(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    if (open < 0) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    for (int t = open - 1; t >= d.sentenceBegin(sentence); t--) {
      if (d.isQuoted(t) || crossesParagraph(d, d.end(t), q.open())) {
        break;
      }
      Optional<SpeakerEvidence> e = ownedSource(d, t);
      if (e.isPresent()) {
        return e;
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
      Optional<SpeakerEvidence> e = ownedSource(d, t);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  private Optional<SpeakerEvidence> ownedSource(ParsedDocument d, int t) {
    if (!mentions.isSourceNoun(d, t)) {
      return Optional.empty();
    }
    Optional<Mention> owner = mentions.possessor(d, t);
    if (owner.isEmpty()) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().equals("compound")) {
        owner = mentions.possessor(d, head.get().token());
      }
    }
    return owner.map(m -> SpeakerEvidence.of(m, d.word(t), 0.8));
  }

  /**
   * A quotation introduced by a colon speaks for the sentence before the colon: its subject ("Brennan's
   * post put it plainly:" speaks for Brennan), the subject of a cue verb in it ("as Reyes
   * noted, ...:"), or the one person it names ("The result did not surprise the economist Lena
   * Forsberg:").
   */
  private Optional<SpeakerEvidence> colonIntroduction(ParsedDocument d, Quotation q) {
    int colon = d.tokenBefore(q.open());
    if (colon < 0 || !d.word(colon).equals(":") || d.isQuoted(colon)) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(colon);
    int first = d.sentenceBegin(sentence);
    int end = d.sentenceEnd(sentence);
    for (int t = first; t < end; t++) {
      if (d.node(t) != null && d.head(t).isEmpty()) {
        Optional<Mention> subject = mentions.subjectOf(d, t);
        if (subject.isEmpty()) {
          for (int s : d.children(t, "nsubj")) {
            subject = mentions.possessor(d, s);
          }
        }
        if (subject.isPresent()) {
          String cue = isCueVerb(d, t) ? d.word(t) : null;
          return subject.map(m -> SpeakerEvidence.of(m, cue, confidence(m, 0.85)));
        }
      }
    }
    for (int t = colon - 1; t >= first; t--) {
      if (isCueVerb(d, t) && !d.isQuoted(t)) {
        int cue = t;
        Optional<Mention> subject = mentions.subjectOf(d, t);
        if (subject.isPresent()) {
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
        }
      }
    }
    return onlyPersonNamed(d, first, colon).map(m -> SpeakerEvidence.of(m, null, 0.7));
  }

  /** The one person named between two tokens, if exactly one is. */
  private Optional<Mention> onlyPersonNamed(ParsedDocument d, int first, int end) {
    Mention found = null;
    for (int t = first; t < end; t++) {
      if (d.ner(t).equals("PERSON") && mentions.isNameToken(d, t) && !d.isQuoted(t)) {
        Mention m = mentions.name(d, t);
        if (found != null && !found.text().equalsIgnoreCase(m.text())) {
          return Optional.empty();
        }
        found = m;
        t = m.last();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * A quotation that opens a paragraph with no cue of its own goes on from the speaker that the
   * paragraph before it last cited: the subject of its last cue verb.
   */
  private Optional<SpeakerEvidence> previousParagraphSpeaker(ParsedDocument d, Quotation q) {
    int paragraphStart = paragraphBegin(d.text(), q.open());
    if (paragraphStart == 0) {
      return Optional.empty();
    }
    int back = paragraphStart;
    while (back > 0 && Character.isWhitespace(d.text().charAt(back - 1))) {
      back--;
    }
    int previousStart = paragraphBegin(d.text(), back);
    int first = d.tokenAtOrAfter(previousStart);
    for (int t = d.tokenBefore(paragraphStart); t >= first; t--) {
      if (isCueVerb(d, t) && !d.isQuoted(t)) {
        int cue = t;
        Optional<Mention> subject = mentions.subjectOf(d, t);
        if (subject.isPresent()) {
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.7)));
        }
      }
    }
    return Optional.empty();
  }

  /** The offset where the paragraph holding {@code offset} begins. */
  private static int paragraphBegin(String text, int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      if (text.charAt(i) == '\n' && QuotationFinder.isParagraphBreak(text, i)) {
        int start = i + 1;
        while (start < offset && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        return start;
      }
    }
    return 0;
  }

  /** Relations under which a verb shares the subject of its head. */
  static boolean isInheriting(String relation) {
    return relation.equals("advcl") || relation.equals("conj") || relation.equals("xcomp")
        || relation.equals("dep");
  }

  /** A mention right before the cue or right after it, for parses that give no subject. */
  private Optional<Mention> adjacentMention(ParsedDocument d, int cue, int windowStart) {
    if (cue + 1 < d.size()) {
      Optional<Mention> after = mentions.at(d, cue + 1);
      if (after.isPresent() && after.get().kind() == Mention.Kind.NAME) {
        return after;
      }
    }
    if (cue - 1 >= windowStart) {
      return mentions.at(d, cue - 1);
    }
    return Optional.empty();
  }

  private boolean isCueVerb(ParsedDocument d, int t) {
    return d.tag(t).startsWith("VB") && speechCues.contains(d.lemma(t));
  }

  private static double confidence(Mention m, double named) {
    return switch (m.kind()) {
      case NAME -> named;
      case PRONOUN -> named - 0.1;
      case ROLE -> named - 0.15;
    };
  }

  /** Whether a cue opens the next quotation ("Reyes said: "...") rather than closing this one. */
  private static boolean introducesNext(ParsedDocument d, int cue) {
    // A comma between them marks a split quotation ("A," she said, "B."), whose cue serves both.
    int next = cue + 1;
    return next < d.size() && (d.word(next).equals(":") || d.isQuoted(next));
  }

  private static boolean endsSentence(String quoted) {
    String s = quoted.strip();
    return s.endsWith(".") && !s.endsWith("...");
  }

  private static boolean isStop(String word) {
    return word.equals(".") || word.equals("?") || word.equals("!") || word.equals(";");
  }

  private static boolean crossesParagraph(ParsedDocument d, int from, int to) {
    String between = d.text().substring(Math.min(from, to), Math.max(from, to));
    int newline = between.indexOf('\n');
    return newline >= 0 && between.indexOf('\n', newline + 1) >= 0
        || newline >= 0 && QuotationFinder.isParagraphBreak(d.text(), Math.min(from, to) + newline);
  }

  private static boolean sameParagraph(ParsedDocument d, Quotation a, Quotation b) {
    return !crossesParagraph(d, a.end(), b.open());
  }
}
