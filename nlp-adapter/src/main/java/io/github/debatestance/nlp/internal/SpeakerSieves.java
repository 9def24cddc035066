package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the speaker of each quotation with an ordered set of sieves, most precise first. The first
 * sieve that finds evidence wins; a quotation with no evidence gets no speaker. A cue verb's speaker
 * is its subject; where the parse gives none, the name right after a finite cue ("said Reyes"),
 * or, for a participle after a comma, the subject of the verb before it.
 *
 * <ol>
 *   <li>a cue verb right after the quotation: {@code "...," X said} and {@code "...," said the
 *       former minister X}, and after a quotation that ends its sentence, a clause that does
 *       nothing but attribute it ({@code "..." X said.}); a conjunction that opens a clause of its
 *       own ends the search ({@code "..." until X said}); where no cue follows, a subject and a
 *       verb that end the clause ({@code "...," an angry X retorted.}), or such a verb before its
 *       subject ({@code "...!" beamed X});
 *   <li>the cue verb or source noun whose clause holds the quotation: {@code X said the plan was
 *       "..."}, {@code X accused Y of "..."}, or a cue hanging from that clause after the
 *       quotation ({@code "...," as the courts did, X added}); a cue set off by commas speaks for
 *       the name between them ({@code Y, X said, has called it "..."}), and a statement speaks for
 *       whoever issued it ({@code X issued a statement saying "..."});
 *   <li>a cue verb before it in the same paragraph and sentence: {@code X said: "..."}, and the
 *       second half of a split quotation;
 *   <li>a participle of a cue after a comma before it, which speaks for the subject of the clause it
 *       goes on from, or for the subject above a clause about a thing: {@code X went after the
 *       governor, calling him "..."}, {@code X argued that the levy would help, saying it is
 *       "..."};
 *   <li>a source noun with its owner or issuer: {@code Northwind's founding pledge to "..."},
 *       {@code (Brennan's post)};
 *   <li>"according to X" right after or before it;
 *   <li>a clause after a comma that closes the quotation's sentence and does nothing but
 *       attribute it: {@code "..." in contrast to earlier years, says X};
 *   <li>a paragraph that goes on a quotation left open in the paragraph before;
 *   <li>a quotation after a colon: a name that labels it ({@code OKAFOR: "..."}), the subject of
 *       the last cue coordinated with the sentence before it ({@code Y made the charge, and X
 *       replied:}), the subject of that sentence, a cue verb's subject in it, or the one person it
 *       names;
 *   <li>a quotation that opens a sentence right after one that only attributes, in the same
 *       paragraph: {@code Reyes agreed. "..."};
 *   <li>a quotation signed by a dash and a name right after it, as under an epigraph or in a list
 *       of quotes: {@code "..." - Tomas Reyes.};
 *   <li>a quotation that follows an attributed one in the same paragraph, unless its own clause has
 *       a named subject, who then speaks;
 *   <li>a quotation that opens a paragraph: the speaker the paragraph before last cited, or the
 *       subject of its last sentence where that sentence names a statement or an interview;
 *   <li>a quotation of four words or more inside a clause whose subject is named.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerSieves {

  /**
   * The fewest words a quotation needs to take the named subject of its clause for its speaker when
   * no cue attributes it. Two words already read as the subject's own ("Reyes backs "open
   * weights""); a single word is as often a term held at a distance.
   */
  private static final int MIN_CLAUSE_QUOTATION_WORDS = 2;

  /** How many tokens after a quotation a trailing cue may stand ("," the lab's chief scientist said). */
  private static final int TRAILING_WINDOW = 8;

  /**
   * Whether a conjunction opens a clause of its own: a coordinating one, or a subordinating one
   * with a subject ("until Reyes said"), but not one before a bare participle, which only
   * qualifies the attribution ("...," when asked about it, Reyes said).
   */
  private static boolean opensClause(ParsedDocument d, int t) {
    if (d.tag(t).equals("CC")) {
      return true;
    }
    if (!SUBORDINATORS.contains(d.word(t).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t + 1 >= d.size() || !(d.tag(t + 1).equals("VBN") || d.tag(t + 1).equals("VBG"));
  }

  /** Conjunctions that open a subordinate clause, whose cue reports something of its own. */
  private static final Set<String> SUBORDINATORS =
      Set.of("until", "because", "when", "after", "before", "if", "while", "since", "although",
          "though", "unless", "whereas", "once", "whether");

  private final CueVerbs speechCues;
  private final Lexicon speechNouns;
  private final MentionReader mentions;

  /**
   * @param speechCues verbs that report what somebody said
   * @param speechNouns nouns that carry what their owner said or holds ("her claim that ...")
   * @param mentions reads the speakers
   */
  public SpeakerSieves(Lexicon speechCues, Lexicon speechNouns, MentionReader mentions) {
    this.speechCues = new CueVerbs(speechCues);
    this.speechNouns = speechNouns;
    this.mentions = mentions;
  }

  /**
   * The evidence for the speaker of quotation {@code index}.
   *
   * @param found the evidence for the quotations before it, in order
   */
  public Optional<SpeakerEvidence> attribute(
      ParsedDocument d, int index, List<Optional<SpeakerEvidence>> found) {
    // "Reyes spokesman Tom Okafor said": a parse that takes the first name for the head still
    // leaves the person whom the title describes as the speaker.
    return sieve(d, index, found).map(e -> e.mention() == null
        || e.mention().kind() != Mention.Kind.NAME || d.isQuoted(e.mention().first())
        ? e
        : new SpeakerEvidence(
            personTitled(d, e.mention()), e.inheritedFrom(), e.cue(), e.confidence()));
  }

  private Optional<SpeakerEvidence> sieve(
      ParsedDocument d, int index, List<Optional<SpeakerEvidence>> found) {
    Quotation q = d.quotations().get(index);
    if (q.isTurn()) {
      // A turn's label is all the evidence there is: the words around it belong to other turns.
      return turnSpeaker(d, q.speakerLabel());
    }
    if (q.isBlock()) {
      // A block's words are set off from the sentence that introduces them, or the signature
      // under them; nothing else around them speaks for them.
      return colonIntroduction(d, q).or(() -> dashLabelAfter(d, q));
    }
    Optional<SpeakerEvidence> e = trailingCue(d, q);
    if (e.isEmpty()) {
      e = governingCue(d, q);
    }
    if (e.isEmpty()) {
      e = precedingCue(d, q);
    }
    if (e.isEmpty()) {
      e = participleClause(d, q);
    }
    if (e.isEmpty()) {
      e = sourceNoun(d, q);
    }
    if (e.isEmpty()) {
      e = accordingTo(d, q);
    }
    if (e.isEmpty()) {
      e = closingAttribution(d, q);
    }
    if (e.isEmpty()) {
      e = asClauseBefore(d, q);
    }
    if (e.isEmpty() && index > 0 && q.startsParagraph()) {
      Quotation previous = d.quotations().get(index - 1);
      // A quotation left open goes on in this paragraph; a turn or a block, which has no marks,
      // does not.
      if (previous.form() == Quotation.Form.MARKS && !previous.isClosed()
          && found.get(index - 1).isPresent()) {
        e = Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.9));
      }
    }
    if (e.isEmpty()) {
      e = colonIntroduction(d, q);
    }
    if (e.isEmpty()) {
      e = bareCueBefore(d, q);
    }
    if (e.isEmpty()) {
      e = dashLabelAfter(d, q);
    }
    if (e.isEmpty() && index > 0 && found.get(index - 1).isPresent()) {
      Quotation previous = d.quotations().get(index - 1);
      if (sameParagraph(d, previous, q)) {
        // A quotation inside a clause whose subject is named goes with that name rather than
        // with the speaker before it: in "...," Okafor said. Reyes praised its "steady hand."
        // the fragment is Reyes's.
        e = clauseSubjectName(d, q)
            .map(m -> SpeakerEvidence.of(m, null, 0.75))
            .or(() -> Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.75)));
      }
    }
    if (e.isEmpty()) {
      e = labelledLineSpeaker(d, q);
    }
    if (e.isEmpty()) {
      e = cueSentenceBefore(d, q);
    }
    if (e.isEmpty() && q.startsParagraph()) {
      e = previousParagraphSpeaker(d, q);
    }
    if (e.isEmpty() && q.startsParagraph() && index > 0 && found.get(index - 1).isPresent()
        && !d.quotations().get(index - 1).isTurn()
        && endsPreviousParagraph(d, d.quotations().get(index - 1), q)) {
      // A paragraph that opens with a quotation right after a paragraph that ended on one goes on
      // with the same speaker: news runs one speaker's words over several paragraphs. A turn of a
      // transcript ends with its line.
      e = Optional.of(SpeakerEvidence.sameAs(index - 1, null, 0.7));
    }
    if (e.isEmpty() && words(q.content().of(d.text())) >= MIN_CLAUSE_QUOTATION_WORDS) {
      // Words quoted inside a clause whose subject is named, with no cue anywhere: "Reyes, for
      // his part, is branding the levy "a tax on every reader of the news."".
      e = clauseSubjectName(d, q).map(m -> SpeakerEvidence.of(m, null, 0.6));
    }
    if (e.isEmpty() && words(q.content().of(d.text())) >= MIN_CLAUSE_QUOTATION_WORDS) {
      // The same reading where the parse of the sentence went astray: "Reyes gingerly said that
      // was "...."" with "said" hung from a noun, or a name tagged as no subject at all.
      e = linearSubjectName(d, q).map(m -> SpeakerEvidence.of(m, null, 0.55));
    }
    return e;
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
   * and speaks instead, as {@link #reportingCue} has it ("Reyes said Okafor is too "...""), and
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
      boolean cue = isCueVerb(d, t) && !isAdjectival(d, t);
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
  private record LinearSubject(Kind kind, Optional<Mention> name) {
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
  private LinearSubject linearSubject(ParsedDocument d, int verb, int first) {
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

  private Optional<SpeakerEvidence> trailingCue(ParsedDocument d, Quotation q) {
    Optional<SpeakerEvidence> e = trailingCueVerb(d, q);
    return e.isPresent() ? e : trailingMannerVerb(d, q);
  }

  /**
   * A quotation that its sentence goes on from with nothing but a subject and a verb of manner
   * that is no speech cue: "...," an angry Reyes retorted. "...?" she laughed. The grammar makes
   * the verb report the quotation, whatever verb it is.
   */
  private Optional<SpeakerEvidence> trailingMannerVerb(ParsedDocument d, Quotation q) {
    if (!q.isClosed()) {
      return Optional.empty();
    }
    String quoted = q.content().of(d.text()).strip();
    int t = d.tokenAtOrAfter(q.end());
    boolean open =
        quoted.endsWith(",") || quoted.endsWith("?") || quoted.endsWith("!")
            || t < d.size() && d.word(t).equals(",");
    if (!open) {
      return Optional.empty();
    }
    while (t < d.size() && d.word(t).equals(",") && !d.isQuoted(t)) {
      t++;
    }
    int subjectStart = t;
    while (t < d.size() && t < subjectStart + 6 && !d.isQuoted(t) && isSubjectWord(d.tag(t))) {
      t++;
    }
    int verb = t;
    if (verb == subjectStart && verb < d.size() && !d.isQuoted(verb)
        && !crossesParagraph(d, q.end(), d.begin(verb))) {
      // The verb first and its subject after it ("...!" beamed Tomas Reyes of Halden): only a
      // verb that reports the quotation is inverted so.
      return isMannerVerb(d, verb)
          ? invertedSubject(d, verb)
              .map(m -> SpeakerEvidence.of(m, d.word(verb), confidence(m, 0.85)))
          : Optional.empty();
    }
    if (verb == subjectStart || verb >= d.size() || d.isQuoted(verb)
        || crossesParagraph(d, q.end(), d.begin(verb))
        || !isMannerVerb(d, verb)) {
      return Optional.empty();
    }
    int after = verb + 1;
    while (after < d.size() && d.tag(after).startsWith("RB") && !d.isQuoted(after)) {
      after++;
    }
    boolean closes =
        after >= d.size()
            || isStop(d.word(after))
            || d.sentenceOf(after) != d.sentenceOf(verb)
            || d.word(after).equals(",") && after + 1 < d.size() && d.isQuoted(after + 1);
    if (!closes) {
      return Optional.empty();
    }
    return mentions.subjectOf(d, verb)
        .filter(m -> m.first() >= subjectStart)
        .or(() -> mentions.at(d, verb - 1))
        .map(m -> SpeakerEvidence.of(m, d.word(verb), confidence(m, 0.85)));
  }

  /** Whether a finite verb that is no speech cue may report the quotation before it by manner. */
  private boolean isMannerVerb(ParsedDocument d, int verb) {
    String tag = d.tag(verb);
    return (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
        && !NON_MANNER_VERBS.contains(d.lemma(verb).toLowerCase(Locale.ROOT))
        && !isCueVerb(d, verb);
  }

  private static boolean isSubjectWord(String tag) {
    return isNounPhraseWord(tag) || tag.equals("PRP");
  }

  /**
   * Whether a word's tag fits inside a noun phrase that names or describes someone: nouns,
   * determiners, adjectives, numbers, possessive endings and hyphens ("the Halden Institute's
   * 34-year-old economist").
   */
  private static boolean isNounPhraseWord(String tag) {
    return tag.startsWith("NN") || tag.equals("DT") || tag.equals("JJ") || tag.equals("POS")
        || tag.equals("HYPH") || tag.equals("CD");
  }

  /** Verbs that never report the words before them: "...," it is. */
  private static final Set<String> NON_MANNER_VERBS = Set.of("be", "have", "do");

  private Optional<SpeakerEvidence> trailingCueVerb(ParsedDocument d, Quotation q) {
    if (!q.isClosed()) {
      return Optional.empty();
    }
    int start = d.tokenAtOrAfter(q.end());
    if (endsSentence(q.content().of(d.text()))) {
      // A quotation that closes its own sentence is attributed before it, or in a new sentence,
      // unless that sentence does nothing but attribute it: "...." Reyes said.
      return bareAttribution(d, q, start);
    }
    // The cue may stand far off when an appositive comes between ("...," Corvane AI, a start-up
    // in Leeds, said), but its subject must then stand right after the quotation.
    int limit = Math.min(d.size(), start + 4 * TRAILING_WINDOW);
    for (int t = start; t < limit; t++) {
      if (d.isQuoted(t) || isStop(d.word(t)) || crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (opensClause(d, t) && (onlyPunctuationBetween(d, start, t) || d.word(t - 1).equals(","))) {
        // "... of "X" and Reyes says ...", "... "X" until Reyes said ...", "...," for instance,
        // and Reyes vowed ...": a conjunction after the quotation, or after a comma, opens a new
        // clause, whose cue reports something else.
        return Optional.empty();
      }
      // A participle used as an adjective ("the self-described group") or an infinitive reports
      // nothing; right after the quotation, the tagger takes an inverted cue ("...," said
      // consultant Lena Forsberg) for an adjective as often.
      boolean adjectival = isAdjectival(d, t) && !onlyPunctuationBetween(d, start, t);
      if (isCueVerb(d, t) && !adjectival && !isInfinitive(d, t)) {
        if (introducesNext(d, t)) {
          return Optional.empty();
        }
        Optional<Mention> speaker = mentions.subjectOf(d, t);
        if (speaker.isEmpty()) {
          speaker = adjacentMention(d, t, start);
        }
        if (speaker.isEmpty()) {
          speaker = invertedSubject(d, t);
        }
        if (speaker.isEmpty() && t > start + 2) {
          // "...," Corvane AI, a start-up in Leeds that ..., said: a parse lost in the appositive
          // still leaves the name that opens the clause, right after the quotation.
          speaker = nameOpening(d, start);
        }
        if (speaker.isEmpty()) {
          speaker = bareWordBeforeCue(d, start, t);
        }
        String cue = d.word(t);
        boolean near = t < start + TRAILING_WINDOW;
        // A trailing cue's speaker stands after the quotation: a subject the parse finds before it
        // belongs to a cue that goes on from the clause holding the quotation ("X said Y "...," by
        // calling ..."), which the later sieves read.
        return speaker
            .filter(m -> m.first() >= start)
            .filter(
                m -> near || m.first() < start + TRAILING_WINDOW / 2 || nounPhraseOnly(d, start, m))
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
      if (isCueVerb(d, t) && !isAdjectival(d, t)) {
        int cue = t;
        Optional<SpeakerEvidence> e =
            parentheticalSubject(d, t)
                .or(() -> mentions.subjectOf(d, cue))
                .or(() -> invertedSubject(d, cue))
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
   * The cue verb whose clause holds the quotation, read up the parse from the quotation: "Cruz said
   * he is sure Rubio will be "..."", "Clinton accused Sanders of "..."", "Brown endorsed her,
   * citing her "..."". The nearest cue up the tree speaks; a source noun with an owner on the way
   * ("Reyes's claim that it was "..."") speaks for its owner. A cue whose subject is an unnamed
   * source ("officials said") ends the search without a speaker.
   */
  private Optional<SpeakerEvidence> governingCue(ParsedDocument d, Quotation q) {
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
      if (isCueVerb(d, a) && !isAdjectival(d, a)) {
        int cue = a;
        Optional<Mention> subject = parentheticalSubject(d, a).or(() -> mentions.subjectOf(d, cue));
        if (subject.isEmpty()) {
          subject = invertedSubject(d, a);
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
      Optional<SpeakerEvidence> owned = ownedSource(d, a).or(() -> ownedSpeechNoun(d, noun));
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
        || d.word(before).equals(",") && before > 0 && isCueVerb(d, before - 1);
  }

  /**
   * The cue whose reported clause holds another cue, with its speaker: in "Reyes said that Okafor
   * called the plan "a gift to the big labs"", the quoted words stand in what Reyes is reported to
   * have said, and are Reyes's account. Empty where the cue is reported by no one in its sentence,
   * or by an unnamed source.
   */
  private Optional<SpeakerEvidence> reportingCue(ParsedDocument d, int cue) {
    OptionalInt reporting =
        d.reportingCue(cue, h -> isCueVerb(d, h) && !isAdjectival(d, h), true);
    if (reporting.isEmpty()) {
      return Optional.empty();
    }
    int h = reporting.getAsInt();
    return mentions.subjectOf(d, h)
        .map(m -> SpeakerEvidence.of(m, d.word(h), confidence(m, 0.85)));
  }

  /**
   * The name that is the subject of the verb whose clause holds the quotation, where the name
   * stands before the quotation in its sentence: "Reyes praised its "steady hand."".
   */
  private Optional<Mention> clauseSubjectName(ParsedDocument d, Quotation q) {
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

  /**
   * The speaker of a cue set off by commas inside the sentence it attributes: in "Okafor, Reyes
   * said, has called the plan "...."", Reyes speaks, whatever the parse makes the subject of
   * "said".
   */
  private Optional<Mention> parentheticalSubject(ParsedDocument d, int cue) {
    if (cue < 2 || cue + 1 >= d.size() || !d.word(cue + 1).equals(",") || d.isQuoted(cue - 1)) {
      return Optional.empty();
    }
    return mentions.at(d, cue - 1)
        .filter(m -> m.last() == cue - 1 && m.first() > 0 && d.word(m.first() - 1).equals(","));
  }

  /**
   * A cue verb that hangs from a clause holding the quotation and follows the quotation in its
   * sentence: "Sanders "has every right to run," just as others did, Reyes added."
   */
  private Optional<SpeakerEvidence> trailingParataxis(ParsedDocument d, Quotation q, int clause) {
    for (ParsedDocument.Dependent dep : d.dependents(clause)) {
      int cue = dep.token();
      if (dep.relation().equals("parataxis")
          && d.begin(cue) >= q.end()
          && !d.isQuoted(cue)
          && isCueVerb(d, cue)
          && !introducesNext(d, cue)) {
        return mentions
            .subjectOf(d, cue)
            .or(() -> invertedSubject(d, cue))
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.85)));
      }
    }
    return Optional.empty();
  }

  private static boolean isInside(ParsedDocument d, Quotation q, int t) {
    return d.begin(t) >= q.open() && d.begin(t) < q.end();
  }

  /**
   * After a quotation that ends its sentence, a sentence that only attributes it: a cue verb
   * right after the quotation, with its subject between them or after it, and nothing that the
   * verb reports of its own ("...." Reyes said, "...." said Reyes on Monday).
   */
  private Optional<SpeakerEvidence> bareAttribution(ParsedDocument d, Quotation q, int start) {
    int limit = Math.min(d.size(), start + TRAILING_WINDOW);
    for (int t = start; t < limit; t++) {
      if (d.isQuoted(t) || isStop(d.word(t)) || crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (isCueVerb(d, t)) {
        if (introducesNext(d, t) || reportsContent(d, t) || !endsSoon(d, t)) {
          return Optional.empty();
        }
        int cue = t;
        Optional<Mention> speaker =
            mentions.subjectOf(d, t).or(() -> adjacentMention(d, cue, start));
        if (speaker.isEmpty()) {
          speaker = invertedSubject(d, t);
        }
        if (speaker.isEmpty()) {
          speaker = bareWordBeforeCue(d, start, t);
        }
        return speaker
            .filter(m -> m.first() < start + TRAILING_WINDOW / 2)
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.9)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a cue verb has a content of its own outside the quotations: a clause or an object it
   * reports.
   */
  private static boolean reportsContent(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent dep : d.dependents(cue)) {
      if (d.isQuoted(dep.token())) {
        continue;
      }
      String r = dep.relation();
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("parataxis")
          || r.startsWith("advcl")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether only the words of one noun phrase stand between the quotation and its speaker's name,
   * such as an owner and a title ("...," the Halden Institute's senior economist Lena Forsberg
   * said), or a title the name is set off from ("...!" the party's likely nominee, Tomas Reyes,
   * wrote): the name still opens the clause after the quotation.
   */
  private static boolean nounPhraseOnly(ParsedDocument d, int start, Mention m) {
    for (int t = start; t < m.first(); t++) {
      if (!isNounPhraseWord(d.tag(t)) && !d.word(t).equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** Words that stand for an unnamed group or anyone at all ("Many said"), never a name. */
  private static final Set<String> QUANTIFIERS =
      Set.of("many", "most", "several", "few", "others", "both", "all", "some", "each",
          "another", "one", "none", "neither", "either", "everyone", "everybody", "someone",
          "somebody", "nobody", "anyone", "anybody");

  /**
   * The one capitalised word between a quotation and its cue ("...," Small said.), which can only
   * be the speaker's name, where the tagger took a surname that is also a common word ("Small",
   * "Will", "From") for something else.
   */
  private static Optional<Mention> bareWordBeforeCue(ParsedDocument d, int start, int cue) {
    int word = start;
    while (word < cue && d.word(word).equals(",")) {
      word++;
    }
    if (cue != word + 1 || d.isQuoted(word)) {
      return Optional.empty();
    }
    String w = d.word(word);
    String tag = d.tag(word);
    if (w.length() < 2
        || !Character.isUpperCase(w.codePointAt(0))
        || w.codePoints().skip(1).anyMatch(c -> !Character.isLowerCase(c))
        || tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT") || tag.equals("EX")
        || tag.equals("NN") || tag.equals("NNS") || tag.equals("CD")
        || QUANTIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new Mention(Mention.Kind.NAME, word, word, word, w));
  }

  /** A name that stands at the token and is followed by a comma. */
  private Optional<Mention> nameOpening(ParsedDocument d, int t) {
    if (t >= d.size() || !mentions.isNameToken(d, t) || d.isQuoted(t)) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, t);
    if (m.first() != t || m.last() + 1 >= d.size() || !d.word(m.last() + 1).equals(",")) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /**
   * Whether a verb has a clausal complement after it, outside the quotations. A complement before
   * it is the fronted content that an inverted cue attributes ("Though donors ..., "...," said
   * Reyes"), and one whose verb follows a comma is a clause about the speaker that the parse
   * took for content ("...," said Reyes, asked about the plan).
   */
  private static boolean hasClause(ParsedDocument d, int verb) {
    for (ParsedDocument.Dependent dep : d.dependents(verb)) {
      String r = dep.relation();
      if (!d.isQuoted(dep.token())
          && dep.token() > verb
          && !d.word(dep.token() - 1).equals(",")
          && (r.equals("ccomp") || r.equals("xcomp"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue's sentence ends within a few words of it ("Reyes said on Monday."). */
  private static boolean endsSoon(ParsedDocument d, int cue) {
    int end = d.sentenceEnd(d.sentenceOf(cue));
    for (int t = cue + 1; t < Math.min(end, cue + 7); t++) {
      if (isStop(d.word(t))) {
        return true;
      }
      if (d.isQuoted(t) || d.tag(t).startsWith("VB")) {
        return false;
      }
    }
    return cue + 7 >= end;
  }

  /**
   * The speaker named right after a cue verb that has no subject before it, as in inverted
   * attributions: "said Reyes", "explained the economist Lena Forsberg", "Stated Brennan:".
   * Titles and descriptions may stand between the verb and the name.
   */
  private Optional<Mention> invertedSubject(ParsedDocument d, int cue) {
    // Only a finite verb is inverted: a participle ("praising Ayotte for ...", "calling him ...")
    // or an infinitive has its speaker elsewhere, and so has a verb with a clause of its own ("said
    // the party needs ...").
    String tag = d.tag(cue);
    // The tagger reads a cue that opens its sentence ("Stated Brennan:") as a participle.
    boolean opening = tag.equals("VBN") && cue == d.sentenceBegin(d.sentenceOf(cue));
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || opening)
        || cue > 0 && d.word(cue - 1).equalsIgnoreCase("to")
        // "told" is never inverted: the name after it is the listener ("Reyes told the Halden
        // Courier").
        || d.lemma(cue).equalsIgnoreCase("tell")
        || hasClause(d, cue)) {
      return Optional.empty();
    }
    int sentenceEnd = d.sentenceEnd(d.sentenceOf(cue));
    for (int t = cue + 1; t < Math.min(sentenceEnd, cue + 9); t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      Optional<Mention> m = mentions.at(d, t);
      if (m.isPresent()
          && m.get().kind() == Mention.Kind.NAME
          && Character.isUpperCase(d.word(m.get().first()).codePointAt(0))) {
        // An owner ("exhorted Reyes's introducer, Ada Brennan") only places the speaker, who is
        // the person the title goes on to name or no one.
        Optional<Mention> titled = personAfterTitle(d, m.get());
        int next = m.get().last() + 1;
        boolean owner = next < sentenceEnd && d.tag(next).equals("POS");
        return owner && titled.isEmpty() ? Optional.empty() : titled.or(() -> m);
      }
      String wordTag = d.tag(t);
      boolean describes =
          isNounPhraseWord(wordTag)
              // "added his campaign manager Ada Brennan": an owner opens the title.
              || wordTag.equals("PRP$")
              || wordTag.equals("VBN") && d.tag(t - 1).equals("HYPH")
              // "said retired judge Lena Forsberg": a participle that qualifies the title.
              || (wordTag.equals("VBN") || wordTag.equals("VBG"))
                  && t + 1 < sentenceEnd && d.tag(t + 1).startsWith("NN")
              || d.word(t).equals(".") || d.word(t).equals("of");
      if (!describes) {
        return Optional.empty();
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
  private Optional<SpeakerEvidence> participleClause(ParsedDocument d, Quotation q) {
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
      if (isCueVerb(d, t) && !isAdjectival(d, t)) {
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
   * Whether a cue is an infinitive ("...," for Okafor to criticize the plan), which tells what
   * someone would or should say, not who said the quotation.
   */
  private static boolean isInfinitive(ParsedDocument d, int t) {
    return t > 0 && d.tag(t).equals("VB") && d.word(t - 1).equalsIgnoreCase("to");
  }

  /** A participle used as an adjective ("her proposed plan"), which reports no speech. */
  private static boolean isAdjectival(ParsedDocument d, int t) {
    Optional<ParsedDocument.Dependent> head = d.head(t);
    return head.isPresent()
        && (head.get().relation().equals("amod") || head.get().relation().equals("compound"));
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
    // "Reyes's "we will publish" pledge": the source noun right after the quotation.
    int next = d.tokenAtOrAfter(q.end());
    if (next < d.size() && !crossesParagraph(d, q.end(), d.begin(next))) {
      Optional<SpeakerEvidence> e = ownedSource(d, next);
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
    Optional<Mention> owner = mentions.namedPossessor(d, t);
    if (owner.isEmpty()) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().equals("compound")) {
        owner = mentions.namedPossessor(d, head.get().token());
      }
    }
    if (owner.isEmpty()) {
      owner = mentions.issuer(d, t);
    }
    return owner.map(m -> SpeakerEvidence.of(m, d.word(t), confidence(m, 0.8)));
  }

  /** How many words the subject of a closing attribution may have before its cue. */
  private static final int CLOSING_SUBJECT_WORDS = 10;

  /**
   * A sentence that goes on after the quotation and ends in a clause, after a comma, that does
   * nothing but attribute it: ""..." in stark contrast to the old days, says Nora Lind, a
   * historian", ""...," just as the council did, the port's counsel Lena Forsberg added". A clause
   * opened by a conjunction reports something of its own, and a sentence with a cue of its own
   * before the comma belongs to that cue.
   */
  private Optional<SpeakerEvidence> closingAttribution(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    int after = d.tokenAtOrAfter(q.end());
    if (!q.isClosed() || open < 0 || after >= d.size() || endsSentence(q.content().of(d.text()))
        || d.sentenceOf(after) != d.sentenceOf(open)) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    for (int t = d.sentenceBegin(sentence); t < open; t++) {
      if (!d.isQuoted(t) && isCueVerb(d, t)) {
        return Optional.empty();
      }
    }
    int end = d.sentenceEnd(sentence);
    for (int t = after; t < end; t++) {
      if (crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (d.isQuoted(t)) {
        continue;
      }
      if (isCueVerb(d, t)) {
        // The first cue after the quotation is the only one that may attribute it.
        return d.word(t - 1).equals(",") || isAttributionSubject(d, t) ? closingCue(d, t)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether only the words of a subject stand between a comma and the cue: "the port's counsel
   * Lena Forsberg added".
   */
  private boolean isAttributionSubject(ParsedDocument d, int cue) {
    for (int t = cue - 1; t >= Math.max(0, cue - CLOSING_SUBJECT_WORDS); t--) {
      if (d.word(t).equals(",")) {
        return t < cue - 1;
      }
      if (d.isQuoted(t) || !isSubjectWord(d.tag(t))) {
        return false;
      }
    }
    return false;
  }

  /** The speaker of a cue that closes its sentence with nothing it reports of its own. */
  private Optional<SpeakerEvidence> closingCue(ParsedDocument d, int cue) {
    if (introducesNext(d, cue) || reportsContent(d, cue)) {
      return Optional.empty();
    }
    int comma = cue - 1;
    while (!d.word(comma).equals(",")) {
      comma--;
    }
    int first = comma + 1;
    Optional<Mention> speaker = cue == first
        ? invertedSubject(d, cue)
        : mentions.subjectOf(d, cue).filter(m -> m.first() >= first)
            .or(() -> mentions.at(d, cue - 1));
    return speaker.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
  }

  /**
   * A quotation that "according to X" vouches for right after it or right before it, in its own
   * sentence, with no cue of its own: ""...," according to the Halden Institute", "According to
   * Reyes, "..."". A document names its author ("according to a report from the county").
   */
  private Optional<SpeakerEvidence> accordingTo(ParsedDocument d, Quotation q) {
    if (q.isClosed()) {
      int t = d.tokenAtOrAfter(q.end());
      while (t < d.size() && d.word(t).equals(",") && !d.isQuoted(t)) {
        t++;
      }
      if (t < d.size()
          && !d.isQuoted(t)
          && !crossesParagraph(d, q.end(), d.begin(t))
          && ReportedSpeechFinder.isAccordingTo(d, t)) {
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
        && ReportedSpeechFinder.isAccordingTo(d, first)
        && !crossesParagraph(d, d.end(first), q.open())) {
      Optional<SpeakerEvidence> e = sourceAfterAccordingTo(d, first);
      // The phrase must reach the comma before the quotation: "According to Reyes, "..."".
      return e.filter(x -> x.mention() == null || x.mention().last() < t);
    }
    return Optional.empty();
  }

  /**
   * A quotation that a clause of saying opened by "as" introduces, with nothing between the
   * clause's comma and the quotation: "As Moreau notes, "..."". The tagger often takes the verb of
   * so short a clause for a plural noun ("notes", "warns"), and the parse then has no clause of
   * saying to hang the quotation from; the words themselves are enough: "as", a name, perhaps an
   * auxiliary, a verb of saying, the comma.
   */
  private Optional<SpeakerEvidence> asClauseBefore(ParsedDocument d, Quotation q) {
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
        || !speechCues.isCue("VB", d.lemma(verb), null)) {
      return Optional.empty();
    }
    return Optional.of(SpeakerEvidence.of(m, d.word(verb), confidence(m, 0.8)));
  }

  private static final Set<String> AUXILIARIES = Set.of("have", "do", "will", "would", "might");

  private Optional<SpeakerEvidence> sourceAfterAccordingTo(ParsedDocument d, int according) {
    OptionalInt source = ReportedSpeechFinder.accordingToSource(d, according);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int x = source.getAsInt();
    return mentions
        .at(d, x)
        .or(() -> mentions.namedPossessor(d, x))
        .or(() -> mentions.documentAuthor(d, x))
        .map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.8)));
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
    Optional<Mention> label = labelBefore(d, colon, first);
    if (label.isPresent()) {
      return label.map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.85)));
    }
    for (int t = first; t < end; t++) {
      if (d.node(t) != null && d.head(t).isEmpty()) {
        OptionalInt coordinated = coordinatedCueBefore(d, t, colon);
        if (coordinated.isPresent()) {
          // Its subject speaks, and where it names no one, nobody the sentence names does.
          int cue = coordinated.getAsInt();
          return mentions.subjectOf(d, cue)
              .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.85)));
        }
        Optional<Mention> subject = mentions.subjectOf(d, t);
        if (subject.isEmpty()) {
          for (int s : d.children(t, "nsubj")) {
            subject = mentions.namedPossessor(d, s);
          }
        }
        if (subject.isEmpty() && isCueVerb(d, t)) {
          subject = invertedSubject(d, t);
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
        Optional<Mention> subject = mentions.subjectOf(d, t).or(() -> invertedSubject(d, cue));
        if (subject.isPresent()) {
          return subject.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
        }
      }
    }
    return onlyPersonNamed(d, first, colon).map(m -> SpeakerEvidence.of(m, null, 0.7));
  }

  /**
   * The name that labels the line a quotation stands in, after the label's colon: in "- Dana Reyes
   * (Kestrel AI): open weights are "the cheapest audit there is"" the quoted words are Reyes's.
   */
  private Optional<SpeakerEvidence> labelledLineSpeaker(ParsedDocument d, Quotation q) {
    int first = d.tokenAtOrAfter(q.content().begin());
    if (first >= d.size()) {
      return Optional.empty();
    }
    return LabelledLines.at(d, d.sentenceOf(first), mentions)
        .filter(label -> label.colon() < first)
        .map(label -> SpeakerEvidence.of(label.name(), null, confidence(label.name(), 0.75)));
  }

  /**
   * The last clause coordinated with the root before the colon that is a cue with a subject of its
   * own: "The Courier made the same charge, and Reyes replied:" introduces Reyes's words,
   * not the Courier's.
   */
  private OptionalInt coordinatedCueBefore(ParsedDocument d, int root, int colon) {
    int cue = -1;
    for (ParsedDocument.Dependent dep : d.dependents(root)) {
      int t = dep.token();
      if (dep.relation().equals("conj") && t > root && t < colon && !d.isQuoted(t)
          && isCueVerb(d, t) && !d.children(t, "nsubj").isEmpty()) {
        cue = Math.max(cue, t);
      }
    }
    return cue < 0 ? OptionalInt.empty() : OptionalInt.of(cue);
  }

  /**
   * A quotation that opens its sentence right after a sentence of the same paragraph whose cue verb
   * reports nothing of its own: "Reyes agreed. "..."", "Or so the economist Lena Forsberg says.
   * "..."". Such a sentence announces the words that follow.
   */
  private Optional<SpeakerEvidence> bareCueBefore(ParsedDocument d, Quotation q) {
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
      if (isCueVerb(d, t) && !isAdjectival(d, t)) {
        if (reportsContent(d, t) || !endsSoon(d, t)) {
          return Optional.empty();
        }
        int cue = t;
        return mentions
            .subjectOf(d, t)
            .or(() -> invertedSubject(d, cue))
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
      }
    }
    return Optional.empty();
  }

  /** The speaker a turn's label names: "OKAFOR", "Dr. Lena Forsberg", "@lena_f". */
  private static Optional<SpeakerEvidence> turnSpeaker(ParsedDocument d, TextSpan label) {
    return MentionReader.labelName(d, label).map(m -> SpeakerEvidence.of(m, null, 0.9));
  }

  /**
   * A name that labels what follows its colon, as in transcripts and digests: "OKAFOR: ...",
   * "- Lena Forsberg: "..."". The name ends at the colon, and no verb stands before it in its
   * clause ("Reyes told Halden Radio:" is Reyes's, not the radio's). A person named before an
   * organisation ("Priya Raman of the Halden Institute:") is the label's name.
   */
  private Optional<Mention> labelBefore(ParsedDocument d, int colon, int sentenceBegin) {
    int last = colon - 1;
    if (last > sentenceBegin && d.word(last).matches("\\)|-RRB-")) {
      // "Rep. Tomas Reyes (D-Ore.):" has the party in parentheses before the colon.
      while (last > sentenceBegin && !d.word(last).matches("\\(|-LRB-")) {
        last--;
      }
      last--;
    }
    if (last < sentenceBegin || d.isQuoted(last) || !mentions.isNameToken(d, last)) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, last);
    if (m.last() != last) {
      return Optional.empty();
    }
    int labelBegin = sentenceBegin;
    for (int t = m.first() - 1; t >= sentenceBegin; t--) {
      String w = d.word(t);
      if (w.equals(":") || w.equals(";") || Dashes.isDashRun(w)) {
        labelBegin = t + 1;
        break;
      }
      if (ParsedDocument.isVerbTag(d.tag(t))) {
        return Optional.empty();
      }
    }
    return Optional.of(personFirstInLabel(d, labelBegin, m).orElse(m));
  }

  /**
   * The person a label names before the name that ends it: "Priya Raman of the Halden Institute:"
   * and "Marta Ilves, research lead, Kuusk Lab:" label Raman's and Ilves's words, and the
   * organisation only places them.
   */
  private Optional<Mention> personFirstInLabel(ParsedDocument d, int labelBegin, Mention last) {
    for (int t = labelBegin; t < last.first(); t++) {
      if (d.ner(t).equals("PERSON") && mentions.isNameToken(d, t) && !d.isQuoted(t)) {
        Mention person = mentions.name(d, t);
        for (int between = person.last() + 1; between < last.first(); between++) {
          if (d.tag(between).equals("CC")) {
            // "Frank Newport and Jim Harter:" names two speakers, not a person and a place.
            return Optional.empty();
          }
        }
        return person.last() < last.first() ? Optional.of(person) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A quotation signed right after it, on its line or the next, by a dash and a name: "..." - Tomas
   * Reyes, Halden. A block quotation's mark may open the signature's line ("> - Tomas Reyes").
   */
  private Optional<SpeakerEvidence> dashLabelAfter(ParsedDocument d, Quotation q) {
    if (!q.isClosed() && !q.isBlock()) {
      return Optional.empty();
    }
    int dash = d.tokenAtOrAfter(q.end());
    while (dash < d.size() && d.word(dash).equals(">")) {
      // The mark of a block quotation in plain-text mail and Markdown opens the signature's line.
      dash++;
    }
    if (dash + 1 >= d.size()
        || !Dashes.isDashRun(d.word(dash))
        || d.text().substring(q.end(), d.begin(dash)).chars().filter(c -> c == '\n').count() > 2) {
      return Optional.empty();
    }
    int t = dash + 1;
    if (d.isQuoted(t) || !mentions.isNameToken(d, t)) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, t);
    int after = m.last() + 1;
    boolean ends =
        after >= d.size()
            || isStop(d.word(after))
            || d.word(after).equals(",")
            || d.sentenceOf(after) != d.sentenceOf(m.last())
            || isHandleAfter(d, after);
    return ends && m.first() == t
        ? Optional.of(SpeakerEvidence.of(m, null, confidence(m, 0.85)))
        : Optional.empty();
  }

  /** Whether a handle in parentheses stands at the token: "(@lena_f)" after a signer's name. */
  private static boolean isHandleAfter(ParsedDocument d, int t) {
    return t + 1 < d.size()
        && d.word(t).matches("\\(|-LRB-")
        && d.word(t + 1).startsWith("@");
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
   * A quotation that opens its sentence right after a sentence of the same paragraph that reports
   * what a named speaker said, with no quotation of its own: "Reyes recalled how the first winter
   * went. "...."", "Reyes announced the lawsuit on Monday. "...."". News gives the speaker's own
   * words right after the paraphrase; the last cue of that sentence speaks.
   */
  private Optional<SpeakerEvidence> cueSentenceBefore(ParsedDocument d, Quotation q) {
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
      // A passive or an infinitive ("who declined to be identified") reports no one's words.
      boolean passive = d.tag(t).equals("VBN") && t > first && d.lemma(t - 1).equals("be");
      if (isCueVerb(d, t) && !isAdjectival(d, t) && !passive
          && !(t > first && d.word(t - 1).equalsIgnoreCase("to"))) {
        int cue = t;
        if (mentions.hasUnnamedSubject(d, cue)) {
          return Optional.empty();
        }
        Optional<Mention> subject = mentions.subjectOf(d, cue)
            .or(() -> linearSubject(d, cue, first).name());
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
  private Optional<SpeakerEvidence> previousParagraphSpeaker(ParsedDocument d, Quotation q) {
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
      if (isCueVerb(d, t) && !d.isQuoted(t)) {
        int cue = t;
        // "...," said Reyes's adviser Tom Okafor. names its speaker after the cue.
        Optional<Mention> subject = mentions.subjectOf(d, t).or(() -> invertedSubject(d, cue));
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
    boolean source = false;
    for (int t = begin; t <= last; t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      source |= mentions.isSourceNoun(d, t);
      if (d.node(t) != null && d.head(t).isEmpty()) {
        root = t;
      }
    }
    if (!source || root < 0 || !d.tag(root).startsWith("VB")) {
      return Optional.empty();
    }
    return mentions.subjectOf(d, root)
        .map(m -> SpeakerEvidence.of(m, null, confidence(m, 0.7)));
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

  /** Relations under which a verb shares the subject of its head. */
  static boolean isInheriting(String relation) {
    return relation.equals("advcl") || relation.equals("conj") || relation.equals("xcomp")
        || relation.equals("dep");
  }

  /**
   * A mention right before the cue or right after it, for parses that give no subject. The one
   * before wins: after a cue it may be the listener ("Reyes told Halden Radio").
   */
  private Optional<Mention> adjacentMention(ParsedDocument d, int cue, int windowStart) {
    if (cue - 1 >= windowStart) {
      Optional<Mention> before = mentions.at(d, cue - 1);
      if (before.isPresent()) {
        return before;
      }
    }
    if (cue + 1 < d.size()) {
      Optional<Mention> after = mentions.at(d, cue + 1);
      if (after.isPresent() && after.get().kind() == Mention.Kind.NAME) {
        return Optional.of(personTitled(d, after.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The person that a title holding a name describes: in "said Senate Minority Whip Lena Forsberg"
   * or "said Reyes spokesman Tom Okafor", the first name only qualifies the title, and the person
   * after it speaks. Any other name is itself.
   */
  private Optional<Mention> personAfterTitle(ParsedDocument d, Mention name) {
    int end = Math.min(d.sentenceEnd(d.sentenceOf(name.last())), name.last() + 8);
    boolean title = false;
    for (int t = name.last() + 1; t < end; t++) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      String tag = d.tag(t);
      if (title && d.ner(t).equals("PERSON") && mentions.isNameToken(d, t)) {
        Mention person = mentions.name(d, t);
        return person.first() == t ? Optional.of(person) : Optional.empty();
      }
      // A lower-case word the tagger took for an adjective ("Reyes constituent Ada Brennan") is
      // as much a title as a noun.
      // So is a lower-case role word that the tagger took for a verb ("Halden Radio co-host Piet
      // Varga").
      boolean lowerNoun =
          (tag.startsWith("NN") || tag.equals("JJ") || mentions.isRoleWord(d, t))
              && Character.isLowerCase(d.word(t).codePointAt(0));
      if (lowerNoun && mentions.isSourceNoun(d, t)) {
        // "Reyes's book Harbour Lights" names a work, not a person the name describes.
        return Optional.empty();
      }
      title |= lowerNoun || mentions.isRoleWord(d, t);
      if (!(lowerNoun || tag.startsWith("NNP") || tag.equals("JJ") || tag.equals("POS")
          || tag.equals("HYPH") || tag.equals("CC"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Mention personTitled(ParsedDocument d, Mention name) {
    return personAfterTitle(d, name).orElse(name);
  }

  private static boolean onlyPunctuationBetween(ParsedDocument d, int from, int to) {
    for (int t = from; t < to; t++) {
      if (d.word(t).codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  private boolean isCueVerb(ParsedDocument d, int t) {
    return speechCues.isCue(d, t);
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
    // A quotation right after "told" names the listener, a show or a paper ("Reyes told "Morning
    // Report""); the words come after the listener, never right after the verb.
    return next < d.size()
        && (d.word(next).equals(":") || d.isQuoted(next) && !d.lemma(cue).equalsIgnoreCase("tell"));
  }

  private static int words(String quoted) {
    String s = quoted.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
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
