package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.CueSpeakers.isAdjectival;
import static io.github.debatestance.nlp.internal.QuotationBounds.crossesParagraph;
import static io.github.debatestance.nlp.internal.QuotationBounds.isInside;
import static io.github.debatestance.nlp.internal.QuotationBounds.isStop;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The named subject of the clause that holds a quotation, for quotations that no cue attributes
 * ("Reyes praised its "steady hand.""): read from the parse, or from the word order alone where the
 * parse of the sentence went astray. The word-order reading also serves a sentence that
 * paraphrases a speaker before the quotation.
 *
 * <p>Immutable and thread-safe.
 */
final class ClauseSubjects {

  /**
   * The fewest words a quotation needs to take the named subject of its clause for its speaker when
   * no cue attributes it. Two words already read as the subject's own ("Reyes backs "open
   * weights""); a single word is as often a term held at a distance.
   */
  private static final int MIN_CLAUSE_QUOTATION_WORDS = 2;

  private final CueSpeakers cues;
  private final MentionReader mentions;

  ClauseSubjects(CueSpeakers cues, MentionReader mentions) {
    this.cues = cues;
    this.mentions = mentions;
  }

  /**
   * Words quoted inside a clause whose subject is named, with no cue anywhere: "Reyes, for his
   * part, is branding the levy "a tax on every reader of the news."".
   */
  Optional<SpeakerEvidence> namedSubject(ParsedDocument d, Quotation q) {
    if (q.wordsAtWhiteSpace(d.text()) < MIN_CLAUSE_QUOTATION_WORDS) {
      return Optional.empty();
    }
    return clauseSubjectName(d, q).map(m -> SpeakerEvidence.of(m, null, 0.6));
  }

  /**
   * The same reading where the parse of the sentence went astray: "Reyes gingerly said that was
   * "...."" with "said" hung from a noun, or a name tagged as no subject at all.
   */
  Optional<SpeakerEvidence> wordOrderSubject(ParsedDocument d, Quotation q) {
    if (q.wordsAtWhiteSpace(d.text()) < MIN_CLAUSE_QUOTATION_WORDS) {
      return Optional.empty();
    }
    return linearSubjectName(d, q).map(m -> SpeakerEvidence.of(m, null, 0.55));
  }

  /**
   * The name that is the subject of the verb whose clause holds the quotation, where the name
   * stands before the quotation in its sentence: "Reyes praised its "steady hand."".
   */
  Optional<Mention> clauseSubjectName(ParsedDocument d, Quotation q) {
    int first = d.tokenAtOrAfter(q.content().begin());
    if (first >= d.size() || d.node(first) == null) {
      return Optional.empty();
    }
    int open = d.tokenBefore(q.open() + 1);
    int sentence = d.sentenceOf(first);
    int end = Math.min(d.sentenceEnd(sentence), d.tokenAtOrAfter(q.content().end()) + 1);
    for (int t = first; t < end; t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isEmpty() || isInside(d, q, head.get().token())
          || head.get().relation().equals("punct")) {
        continue;
      }
      int a = head.get().token();
      for (int depth = 0; depth < 6 && !d.isQuoted(a); depth++) {
        if (d.tag(a).startsWith("VB")) {
          int verb = a;
          return mentions.subjectOf(d, verb)
              // A plural name ("many Americans") is a group, not one actor that speaks.
              .filter(m -> m.kind() == Mention.Kind.NAME
                  && !d.tag(m.head()).equals("NNPS")
                  && m.last() < open
                  && d.sentenceOf(m.first()) == sentence);
        }
        Optional<ParsedDocument.Dependent> up = d.head(a);
        if (up.isEmpty()) {
          return Optional.empty();
        }
        a = up.get().token();
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** How many tokens back from a quotation the word-order reading of its sentence looks. */
  private static final int LINEAR_WINDOW = 60;

  /**
   * The name that the word order alone makes the subject of the clause holding a quotation, for
   * sentences whose parse gives none. The finite verbs before the quotation are read from the
   * nearest back: the nearest speaks through a name right before it ("Reyes gingerly said that
   * was "...""), a name before a clause set off by commas ("Reyes, who chairs the panel, said
   * "...""), or, for a verb joined to the one before it ("..., but told reporters that "...""),
   * the subject they share. A speech cue further back reports the clause that holds the quotation
   * and speaks instead, as in {@code GoverningCueSieves} ("Reyes said Okafor is too "...""), and
   * one whose subject is no name ("the report concludes that Okafor is too "..."") leaves the
   * quotation to no one. A name joined to another ("Reyes and Okafor have used ...") or governed
   * by a preposition ("a letter obtained by Halden Radio warns") is no subject that speaks.
   */
  private Optional<Mention> linearSubjectName(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    if (open <= 0 || open >= d.size()) {
      return Optional.empty();
    }
    int first = Math.max(d.sentenceBegin(d.sentenceOf(open)), open - LINEAR_WINDOW);
    Optional<Mention> speaker = Optional.empty();
    boolean nearest = true;
    boolean sharedCue = false;
    for (int t = open - 1; t >= first; t--) {
      String w = d.word(t);
      if (d.isQuoted(t)) {
        continue;
      }
      if (isStop(w) || w.equals(":") || crossesParagraph(d, d.end(t), q.open())) {
        break;
      }
      // A verb in capitals belongs to a headline run into the sentence, whose words name no one.
      String tag = d.tag(t);
      if (!(ParsedDocument.isFiniteTag(tag) || tag.equals("VBN") || tag.equals("VBG"))
          || w.equals(w.toUpperCase(Locale.ROOT))) {
        continue;
      }
      LinearSubject subject = linearSubject(d, t, first);
      boolean cue = cues.isCueVerb(d, t) && !isAdjectival(d, t);
      if (!ParsedDocument.isFiniteTag(tag)) {
        // A past form right after a name is the finite verb the tagger took for a participle
        // ("Reyes defended the plan as "..."); a speech participle right after a name reports
        // for it ("- Reyes saying he was "...""). Any other participle says nothing of a subject.
        boolean direct = subject.kind() == LinearSubject.Kind.NAME
            && subject.name().get().last() == t - 1;
        if (!direct || tag.equals("VBG") && !cue) {
          continue;
        }
      }
      switch (subject.kind()) {
        case NAME -> {
          if (cue || nearest || sharedCue) {
            speaker = subject.name();
          }
          nearest = false;
          sharedCue = false;
        }
        case OTHER -> {
          if (cue) {
            return Optional.empty();
          }
          nearest = false;
          sharedCue = false;
        }
        case SHARED -> sharedCue |= cue;
      }
    }
    return speaker;
  }

  /** What the words right before a finite verb make its subject. */
  record LinearSubject(Kind kind, Optional<Mention> name) {
    enum Kind { NAME, OTHER, SHARED }
  }

  private static final LinearSubject NO_NAME = new LinearSubject(LinearSubject.Kind.OTHER,
      Optional.empty());

  /** Words that join a verb to the one before it, whose subject it then shares. */
  private static final Set<String> VERB_JOINERS = Set.of("and", "but", "or", "nor", "then");

  /**
   * The subject the words before a finite verb give it: a name right before it or before the
   * adverbs that precede it, or before at most two clauses set off by commas ("Reyes, meanwhile,
   * who chairs the panel, said"); a joining word ("but told") shares the subject before it.
   */
  LinearSubject linearSubject(ParsedDocument d, int verb, int first) {
    int t = verb - 1;
    for (int insertions = 0; t >= first; ) {
      String tag = d.tag(t);
      if (d.isQuoted(t)) {
        return NO_NAME;
      }
      if (tag.startsWith("RB") && !d.word(t).equals(",")) {
        t--;
        continue;
      }
      if (d.word(t).equals(",") && insertions < 2) {
        int c = t - 1;
        while (c >= first && !d.word(c).equals(",") && !d.isQuoted(c) && !isStop(d.word(c))
            && c > t - 30) {
          c--;
        }
        if (c < first || !d.word(c).equals(",")) {
          return NO_NAME;
        }
        insertions++;
        t = c - 1;
        continue;
      }
      break;
    }
    if (t < first) {
      return NO_NAME;
    }
    if (VERB_JOINERS.contains(d.word(t).toLowerCase(Locale.ROOT))) {
      return new LinearSubject(LinearSubject.Kind.SHARED, Optional.empty());
    }
    if (!mentions.isNameToken(d, t)) {
      return NO_NAME;
    }
    Mention m = mentions.name(d, t);
    if (m.last() != t || d.tag(m.head()).equals("NNPS")) {
      return NO_NAME;
    }
    int before = m.first() - 1;
    if (before > first && d.tag(before).equals("DT")) {
      before--;
    }
    if (before >= first && (VERB_JOINERS.contains(d.word(before).toLowerCase(Locale.ROOT))
        || d.word(before).equals("&") || d.tag(before).equals("POS")
        || d.tag(before).equals("IN") || d.tag(before).equals("TO"))) {
      return NO_NAME;
    }
    return new LinearSubject(LinearSubject.Kind.NAME, Optional.of(m));
  }
}
