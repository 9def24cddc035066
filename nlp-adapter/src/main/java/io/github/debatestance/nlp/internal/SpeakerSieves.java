package io.github.debatestance.nlp.internal;

import java.util.List;
import java.util.Optional;

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
 *   <li>a name set off by a dash before the colon that opens the quotation: {@code Y agree - X:
 *       "..."};
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
 * <p>Each kind of evidence has a class of its own: {@code TrailingCueSieves} reads the words after
 * the quotation, {@code GoverningCueSieves} the parse above it, {@code PrecedingCueSieves} the
 * words before it, {@code LabelSieves} labels, colons and signatures, {@code ContinuationSieves}
 * the sentences and paragraphs before it, and {@code ClauseSubjects} the subject of its clause.
 * {@link #attribute} runs them in the order above, which is set in this class alone.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerSieves {

  private final CueSpeakers cues;
  private final TrailingCueSieves trailing;
  private final GoverningCueSieves governing;
  private final PrecedingCueSieves preceding;
  private final LabelSieves labels;
  private final ContinuationSieves continuation;
  private final ClauseSubjects clauseSubjects;

  /**
   * @param speechCues verbs that report what somebody said
   * @param speechNouns nouns that carry what their owner said or holds ("her claim that ...")
   * @param mentions reads the speakers
   */
  public SpeakerSieves(Lexicon speechCues, Lexicon speechNouns, MentionReader mentions) {
    this.cues = new CueSpeakers(new CueVerbs(speechCues), mentions);
    this.trailing = new TrailingCueSieves(cues, mentions);
    this.governing = new GoverningCueSieves(cues, speechNouns, mentions);
    this.preceding = new PrecedingCueSieves(cues, mentions);
    this.labels = new LabelSieves(cues, mentions);
    this.clauseSubjects = new ClauseSubjects(cues, mentions);
    this.continuation = new ContinuationSieves(cues, mentions, clauseSubjects);
  }

  /**
   * The evidence for the speaker of quotation {@code index}.
   *
   * @param found the evidence for the quotations before it, in order
   */
  public Optional<SpeakerEvidence> attribute(
      ParsedDocument d, int index, List<Optional<SpeakerEvidence>> found) {
    return sieve(d, index, found).map(e -> e.mention() == null
        ? e
        : new SpeakerEvidence(
            personTitled(d, e.mention()), e.inheritedFrom(), e.cue(), e.confidence()));
  }

  /**
   * The person a speaker's name stands for: in "Reyes spokesman Tom Okafor" or "State Senator Ana
   * Ruiz", a parse that takes the first name for the head still leaves the person whom the title
   * describes as the speaker, whatever kind of claim they speak. Any other mention is itself.
   */
  public Mention personTitled(ParsedDocument d, Mention m) {
    return m.kind() != Mention.Kind.NAME || d.isQuoted(m.first()) ? m : cues.personTitled(d, m);
  }

  /**
   * Whether quotation {@code index} has its own cue right after it whose subject is one source
   * the text leaves unnamed ("...," said one): words reported as speech, with no speaker to name.
   */
  public boolean hasUnnamedSpeaker(ParsedDocument d, int index) {
    return trailing.hasUnnamedOwnCue(d, d.quotations().get(index));
  }

  /** The sieves in their order, most precise first: the first that finds evidence wins. */
  private Optional<SpeakerEvidence> sieve(
      ParsedDocument d, int index, List<Optional<SpeakerEvidence>> found) {
    Quotation q = d.quotations().get(index);
    if (q.isTurn()) {
      // A turn's label is all the evidence there is: the words around it belong to other turns.
      return LabelSieves.turnSpeaker(d, q.speakerLabel());
    }
    if (q.isBlock()) {
      // A block's words are set off from the sentence that introduces them, or the signature
      // under them; nothing else around them speaks for them.
      return labels.colonIntroduction(d, q).or(() -> labels.dashLabelAfter(d, q));
    }
    Optional<SpeakerEvidence> own = trailing.trailingCue(d, q);
    if (own.isEmpty() && (trailing.hasUnnamedOwnCue(d, q) || trailing.hasInvertedOwnCue(d, q))) {
      // "...," said one: the quotation's own cue names no one, and no sentence near it does.
      // "...," said the foreman known as Pip: a subject the parse lost is still the quotation's
      // own; the speaker of the paragraph before would be a guess.
      return Optional.empty();
    }
    return own
        .or(() -> labels.dashedLabel(d, q))
        .or(() -> governing.governingCue(d, q))
        .or(() -> preceding.precedingCue(d, q))
        .or(() -> preceding.participleClause(d, q))
        .or(() -> preceding.sourceNoun(d, q))
        .or(() -> preceding.accordingTo(d, q))
        .or(() -> trailing.closingAttribution(d, q))
        .or(() -> preceding.asClauseBefore(d, q))
        .or(() -> continuation.leftOpenBefore(d, q, index, found))
        .or(() -> labels.colonIntroduction(d, q))
        .or(() -> continuation.bareCueBefore(d, q))
        .or(() -> labels.dashLabelAfter(d, q))
        .or(() -> continuation.afterAttributedInParagraph(d, q, index, found))
        .or(() -> labels.labelledLineSpeaker(d, q))
        .or(() -> continuation.cueSentenceBefore(d, q))
        .or(() -> continuation.previousParagraphSpeaker(d, q))
        .or(() -> continuation.afterQuotedParagraph(d, q, index, found))
        .or(() -> clauseSubjects.namedSubject(d, q))
        .or(() -> clauseSubjects.wordOrderSubject(d, q));
  }

  /** Relations under which a verb shares the subject of its head. */
  static boolean isInheriting(String relation) {
    return relation.equals("advcl") || relation.equals("conj") || relation.equals("xcomp")
        || relation.equals("dep");
  }

  /**
   * Whether the verb shares the subject of the verb it hangs from: under an inheriting relation,
   * or as a gerund that a preposition attaches to the clause ("Reyes dodged questions before
   * saying ...", "Okafor ended by warning ..."), which the parse may hang as an oblique.
   */
  static boolean sharesSubjectOfHead(ParsedDocument d, int verb) {
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    if (head.isEmpty()) {
      return false;
    }
    String relation = head.get().relation();
    return isInheriting(relation)
        || relation.equals("obl")
            && d.tag(verb).equals("VBG")
            && d.tag(head.get().token()).startsWith("VB")
            && !d.hasOwnSubject(verb)
            && d.dependents(verb).stream()
                .anyMatch(x -> x.token() < verb
                    && (x.relation().equals("case") || x.relation().equals("mark")));
  }
}
