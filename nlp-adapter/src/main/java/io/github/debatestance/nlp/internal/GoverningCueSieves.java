package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.CueSpeakers.confidence;
import static io.github.debatestance.nlp.internal.CueSpeakers.introducesNext;
import static io.github.debatestance.nlp.internal.CueSpeakers.isAdjectival;
import static io.github.debatestance.nlp.internal.QuotationBounds.isInside;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sieve that reads the parse up from a quotation to the cue verb or source noun whose clause
 * holds it: {@code X said the plan was "..."}, {@code X accused Y of "..."}, {@code X's claim that
 * it was "..."}, or a cue hanging from that clause after the quotation ({@code "...," as the courts
 * did, X added}). A cue whose own clause another cue reports gives way to that one, whose speaker
 * gives the account.
 *
 * <p>Immutable and thread-safe.
 */
final class GoverningCueSieves {

  private final CueSpeakers cues;
  private final Lexicon speechNouns;
  private final MentionReader mentions;

  /**
   * @param speechNouns nouns that carry what their owner said or holds ("her claim that ...")
   */
  GoverningCueSieves(CueSpeakers cues, Lexicon speechNouns, MentionReader mentions) {
    this.cues = cues;
    this.speechNouns = speechNouns;
    this.mentions = mentions;
  }

  /**
   * The cue verb whose clause holds the quotation, read up the parse from the quotation: "Okafor said
   * he is sure Lind will be "..."", "Reyes accused Okafor of "..."", "Berg endorsed her,
   * praising her "..."". The nearest cue up the tree speaks; a source noun with an owner on the way
   * ("Reyes's claim that it was "..."") speaks for its owner. A cue whose subject is a plural of
   * people speaks for that group ("officials said"); one whose subject is another unnamed source
   * ("a source said") ends the search without a speaker.
   */
  Optional<SpeakerEvidence> governingCue(ParsedDocument d, Quotation q) {
    int first = d.tokenAtOrAfter(q.content().begin());
    if (first >= d.size() || d.node(first) == null) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(first);
    int end = Math.min(d.sentenceEnd(sentence), d.tokenAtOrAfter(q.content().end()) + 1);
    // The quotation hangs from the rest of the sentence by its tokens whose head is outside it.
    for (int t = first; t < end; t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isEmpty()) {
        // The quotation holds the root: only a cue hanging from it after the quotation speaks.
        Optional<SpeakerEvidence> trailing = trailingParataxis(d, q, t);
        if (trailing.isPresent()) {
          return trailing;
        }
        continue;
      }
      if (isInside(d, q, head.get().token()) || head.get().relation().equals("punct")) {
        continue;
      }
      return governorOf(d, q, head.get().token());
    }
    return Optional.empty();
  }

  /**
   * The cue verb or owned source noun on the path up the parse from the token that the quotation
   * hangs from, as {@link #governingCue} describes.
   */
  private Optional<SpeakerEvidence> governorOf(ParsedDocument d, Quotation q, int start) {
    int a = start;
    for (int depth = 0; depth < 12; depth++) {
      if (d.isQuoted(a)) {
        // The path leaves through another quotation, whose words are someone's own.
        return Optional.empty();
      }
      Optional<SpeakerEvidence> trailing = trailingParataxis(d, q, a);
      if (trailing.isPresent()) {
        return trailing;
      }
      if (cues.isCueVerb(d, a) && !isAdjectival(d, a)) {
        int cue = repeatedCue(d, a).orElse(a);
        Optional<Mention> subject =
            cues.parentheticalSubject(d, a).or(() -> mentions.subjectOf(d, cue));
        if (subject.isEmpty()) {
          subject = cues.invertedSubject(d, a);
        }
        if (subject.isEmpty()) {
          subject = nameOpeningClauseBefore(d, cue);
        }
        // A cue with no subject ("it is unrealistic to think that ...") or one whose subject is
        // a thing rather than a source ("history has shown that ...") does not report the
        // quotation; the search goes on up the tree.
        if (subject.isPresent() || mentions.hasUnnamedSubject(d, a)) {
          Optional<SpeakerEvidence> outer =
              isIntroduced(d, q) ? Optional.empty() : reportingCue(d, a);
          if (outer.isPresent()) {
            return outer;
          }
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.85)));
        }
      }
      int noun = a;
      Optional<SpeakerEvidence> owned = cues.ownedSource(d, a).or(() -> ownedSpeechNoun(d, noun));
      if (owned.isPresent()) {
        return owned;
      }
      Optional<ParsedDocument.Dependent> head = d.head(a);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      a = head.get().token();
    }
    return Optional.empty();
  }

  /**
   * The name that stands right before a finite cue and opens its clause, where the parse gave the
   * cue no subject that speaks: in "On Tuesday, while discussing the post, Senate leader Tomas
   * Reyes (D-Ore.) said "..."", a parse lost in the long opening may take the date for the
   * subject and hang the name elsewhere. Only titles, a party in parentheses and the name may stand
   * between the comma or the start of the sentence and the cue; a name after any other word ("the
   * man who met Reyes said") is not its subject.
   */
  private Optional<Mention> nameOpeningClauseBefore(ParsedDocument d, int cue) {
    if (!ParsedDocument.isFiniteTag(d.tag(cue))) {
      return Optional.empty();
    }
    int last = cue - 1;
    if (last >= 0 && d.word(last).equals(")")) {
      // "Tomas Reyes (D-Ore.) said": the party stands between the name and the cue.
      while (last >= 0 && !d.word(last).equals("(") && cue - last <= 8) {
        last--;
      }
      last--;
    }
    if (last < 0 || d.isQuoted(last) || !mentions.isNameToken(d, last)) {
      return Optional.empty();
    }
    Mention name = mentions.name(d, last);
    if (name.first() > 0 && (d.tag(name.first() - 1).equals("DT")
        || d.tag(name.first() - 1).equals("IN"))) {
      // "Reyes of the Halden Diocese told": a name after a determiner or a preposition only
      // places the subject, who stands before it.
      return Optional.empty();
    }
    int begin = d.sentenceBegin(d.sentenceOf(cue));
    for (int t = last - 1; t >= Math.max(begin, last - CLAUSE_SUBJECT_WORDS); t--) {
      if (d.word(t).equals(",") || d.word(t).equals(":")) {
        return Optional.of(name);
      }
      if (d.isQuoted(t) || !isSubjectWord(d, t)) {
        return Optional.empty();
      }
    }
    return last - begin <= CLAUSE_SUBJECT_WORDS ? Optional.of(name) : Optional.empty();
  }

  /** How many words a title and a name may have before the cue they are the subject of. */
  private static final int CLAUSE_SUBJECT_WORDS = 10;

  /**
   * Words of a title and a name: "Leader of the Assembly Sen. Tomas Reyes". Of the prepositions
   * only "of" builds a title; another ("as Reyes told") opens a clause of its own.
   */
  private static boolean isSubjectWord(ParsedDocument d, int t) {
    return CueSpeakers.isNounPhraseWord(d.tag(t)) || d.tag(t).equals("HYPH")
        || d.word(t).equalsIgnoreCase("of");
  }

  /**
   * The cue that a repeated cue goes on from: in "Reyes said that Okafor is a "decent man," and
   * said that Lind "lost his nerve"", the parse may hang the second "said", which has no subject
   * of its own, from the clause the first one reports, as if Okafor had said it. The same verb
   * said again by the speaker of the first is the likelier reading.
   */
  private OptionalInt repeatedCue(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().equals("conj") || d.hasOwnSubject(cue)) {
      return OptionalInt.empty();
    }
    int a = head.get().token();
    for (int depth = 0; depth < 6; depth++) {
      Optional<ParsedDocument.Dependent> up = d.head(a);
      if (up.isEmpty()) {
        return OptionalInt.empty();
      }
      int h = up.get().token();
      if (up.get().relation().equals("ccomp") && cues.isCueVerb(d, h)
          && d.lemma(h).equalsIgnoreCase(d.lemma(cue))) {
        return OptionalInt.of(h);
      }
      a = h;
    }
    return OptionalInt.empty();
  }

  /**
   * A noun of what someone said or holds, with a named owner, whose clause holds the quotation:
   * "Reyes's conclusion that the audit was "careless"" speaks for Reyes, as "Reyes concluded"
   * would.
   */
  private Optional<SpeakerEvidence> ownedSpeechNoun(ParsedDocument d, int t) {
    if (!d.tag(t).startsWith("NN") || !speechNouns.contains(d.lemma(t))) {
      return Optional.empty();
    }
    return mentions.namedPossessor(d, t)
        .map(m -> SpeakerEvidence.of(m, d.word(t), confidence(m, 0.8)));
  }

  /**
   * Whether a colon, or a comma right after a cue, introduces the quotation as the words of the
   * cue before it ("Reyes said: "..."", "Reyes said, "...""), rather than quoting a few words
   * inside a clause.
   */
  private boolean isIntroduced(ParsedDocument d, Quotation q) {
    int before = d.tokenBefore(q.open());
    if (before < 0 || d.isQuoted(before)) {
      return false;
    }
    return d.word(before).equals(":")
        || d.word(before).equals(",") && before > 0 && cues.isCueVerb(d, before - 1);
  }

  /**
   * The cue whose reported clause holds another cue, with its speaker: in "Reyes said that Okafor
   * called the plan "a gift to the big labs"", the quoted words stand in what Reyes is reported to
   * have said, and are Reyes's account. Empty where the cue is reported by no one in its sentence,
   * or by an unnamed source.
   */
  private Optional<SpeakerEvidence> reportingCue(ParsedDocument d, int cue) {
    OptionalInt reporting =
        d.reportingCue(cue, h -> cues.isCueVerb(d, h) && !isAdjectival(d, h), true);
    if (reporting.isEmpty()) {
      return Optional.empty();
    }
    int h = reporting.getAsInt();
    return mentions.subjectOf(d, h)
        .map(m -> SpeakerEvidence.of(m, d.word(h), confidence(m, 0.85)));
  }

  /**
   * A cue verb that hangs from a clause holding the quotation and follows the quotation in its
   * sentence: "Lind "has every right to run," just as others did, Reyes added."
   */
  private Optional<SpeakerEvidence> trailingParataxis(ParsedDocument d, Quotation q, int clause) {
    for (ParsedDocument.Dependent dep : d.dependents(clause)) {
      int cue = dep.token();
      if (dep.relation().equals("parataxis")
          && d.begin(cue) >= q.end()
          && !d.isQuoted(cue)
          && cues.isCueVerb(d, cue)
          && !introducesNext(d, cue)) {
        return mentions
            .subjectOf(d, cue)
            .or(() -> cues.invertedSubject(d, cue))
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.85)));
      }
    }
    return Optional.empty();
  }
}
