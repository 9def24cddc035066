package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds reported speech in the dependency parse: the content under a cue verb ("argued that ...",
 * "called for ...", "accused X of ...", "rejected the plan to ...", "the poll found that ...") or a
 * speech noun ("her warning that ..."), the clause a trailing "he said" hangs from or a cue set
 * inside it ("X, he noted, is Y"), and the clause "according to X" qualifies. A cue verb needs a
 * subject; the claim is the subject's where it names someone, and has no speaker where it does not
 * ("officials said", "the report found"). Content that holds a quotation is left to the
 * quotation.
 *
 * <p>This class reads each cue and decides whether and for whom it reports; the parts it draws on
 * each hold one question: {@link ReportedSpeechSpeakers} (who speaks where the parse lost the
 * subject), {@link CueConditions} (readings of a cue that report nothing), {@link ContentExtent}
 * (how far the content under a cue's dependent reaches), {@link ContentCuts} (where a content
 * the parse ran on is cut short or dropped), {@link ClausesAroundCues} (content the parse hangs
 * elsewhere), {@link EvidentialClaims} ("according to X", "reportedly"), {@link LabelledLines}
 * ("Reyes: ...") and {@link ClaimSpans} (the bounds of any claim).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportedSpeechFinder {

  /** The pronouns of the speaker and of the one spoken to. */
  private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "we", "you");

  /**
   * The pseudo-relation in the cue lexicon of verbs whose content may follow them bare ("Reyes
   * said the plan works"): where the parse hangs no content under such a verb, the clause after
   * it is taken instead.
   */
  static final String REST_OF_CLAUSE = "rest";

  /**
   * The pseudo-relation in the cue lexicon of verbs whose content counts only where their subject
   * names someone: "Reyes asked whether the audit was late" reports Reyes's doubt, but a headline's
   * "Regulator asks whether ..." frames a story.
   */
  static final String NAMED_SUBJECT = "named";

  /**
   * The pseudo-relation in the cue lexicon of verbs that report content only where they are not
   * negated: "Reyes said that the plan works" reports his words, but "Reyes never said that the
   * plan works" tells what he did not say.
   */
  static final String AFFIRMED = "affirmed";

  /**
   * The pseudo-relation in the attitude lexicon of verbs whose content is a position whoever holds
   * it: an institution that "refused to release the audit" or "agreed to pay a fine" takes a stand
   * as a person does, and what a plan "is expected to" do is a forecast someone made, though the
   * text may not say who.
   */
  static final String ANY_SUBJECT = "anyone";

  /**
   * The pseudo-relation in the cue lexicon of verbs whose object is content only where their
   * subject is a record (a document, count, survey or message) rather than a person: "the poll
   * shows Reyes ahead" and "the emails showed staff favouring the plan" report what the record
   * says, but "Reyes showed his resolve" reports a deed.
   */
  static final String RECORD_OBJECT = "record";

  /**
   * The pseudo-relation in the cue lexicon of verbs of believing and knowing that report nothing
   * where a first person in the past tense is their subject: "I knew the vote was lost", "we felt
   * the plan was doomed" recall what the speaker or writer once believed, a memory rather than a
   * claim put forward, while "we know that the audit is late" puts one forward.
   */
  static final String MEMORY = "memory";

  /**
   * The pseudo-relation in the cue lexicon of verbs of demanding and proposing, whose content
   * carries a clause of condition or time that follows it: in "called for outside reviews before
   * large systems can be sold" the reviews are asked for only before a sale ({@link
   * ContentExtent#withCondition}).
   */
  static final String DEMAND = "demand";

  /**
   * The pseudo-relation in the speech-noun lexicon of nouns that tell of a stand held even where
   * the text names no one who holds it: "the leaked memos left fresh questions about the fund",
   * "there is growing concern about the levy". Like a cue verb whose subject names no one
   * ("officials said"), the claim then has no speaker.
   */
  static final String UNOWNED = "unowned";

  /**
   * The pseudo-relation in the attitude lexicon of verbs whose content is a position whoever holds
   * it, unless their subject is a thing named by a singular common noun that is no actor: "the
   * union hopes to block the merger" and "they were hoping to win Ohio" tell someone's hope, but
   * "the industry hopes that ..." names no one who hopes.
   */
  static final String AGENT_SUBJECT = "agent";

  /**
   * The pseudo-relation in the cue lexicon of verbs of questioning whose bare passive participle
   * reports the question put to the subject: in "Asked whether she would run, Reyes said ..." the
   * question is what someone the text does not name asked, so it is a claim without a speaker,
   * while Reyes's answer is hers. Only the question itself counts ({@link #QUESTION_RELATIONS}):
   * "asked to comment" and "asked for comment" put a request, not a question.
   */
  static final String QUESTION_PUT = "put";

  /** The relations under which a question put to the subject ({@link #QUESTION_PUT}) is content. */
  private static final Set<String> QUESTION_RELATIONS =
      Set.of("ccomp", "advcl:if", "obl:about", "advcl:about");

  /** The pseudo-relations of the cue lexicons that say how to read an entry, not where content is. */
  static final Set<String> READING_MARKERS = Set.of(
      CueVerbs.ADJECTIVE, NAMED_SUBJECT, AFFIRMED, ANY_SUBJECT, RECORD_OBJECT, MEMORY, DEMAND,
      UNOWNED, QUESTION_PUT, AGENT_SUBJECT);

  private final CueVerbs speechCues;
  private final CueVerbs attitudeCues;
  private final Lexicon speechNouns;
  private final MentionReader mentions;
  private final ReportedSpeechSpeakers speakers;
  private final CueConditions conditions;
  private final EvidentialClaims evidentials;
  private final ClausesAroundCues clauses;
  private final UnreportedDoubledQuotes unreportedStretches;
  private final ContentCuts cuts;

  /**
   * @param speechCues verbs of saying, whose content is a claim ("argued that ...")
   * @param attitudeCues verbs of wanting, intending, backing or taking up, whose content is the
   *     subject's position though nobody said it in so many words ("wants to ...")
   * @param speechNouns nouns that carry what their owner said or holds ("her claim that ...")
   * @param evidentialAdverbs adverbs by which the writer passes on a clause as what others say
   *     ("reportedly", "allegedly")
   * @param mentions reads the speakers
   */
  public ReportedSpeechFinder(
      Lexicon speechCues,
      Lexicon attitudeCues,
      Lexicon speechNouns,
      Lexicon evidentialAdverbs,
      MentionReader mentions) {
    this.speechCues = new CueVerbs(speechCues);
    this.attitudeCues = new CueVerbs(attitudeCues);
    this.speechNouns = speechNouns;
    this.mentions = mentions;
    this.speakers = new ReportedSpeechSpeakers(this.speechCues, mentions);
    this.conditions = new CueConditions(mentions);
    this.evidentials =
        new EvidentialClaims(this.speechCues, this.attitudeCues, evidentialAdverbs, mentions);
    this.clauses = new ClausesAroundCues(this.speechCues, evidentials);
    this.unreportedStretches = new UnreportedDoubledQuotes(this.speechCues, mentions, speakers);
    this.cuts = new ContentCuts(this.speechCues, this.attitudeCues);
  }

  /** All reported speech of the document, in order, none overlapping another. */
  public List<ReportedSpeech> find(ParsedDocument d) {
    List<ReportedSpeech> found = new ArrayList<>();
    for (int v = 0; v < d.size(); v++) {
      if (!d.isQuoted(v)) {
        found.addAll(claimsCuedAt(d, v));
      }
    }
    for (int sentence = 0; sentence < d.sentenceCount(); sentence++) {
      LabelledLines.claim(d, sentence, mentions).ifPresent(found::add);
    }
    // "'...' Mayor Brandt said at a meeting, two aides recall": a content that only names who
    // spoke is an attribution, whose words stand elsewhere.
    found.removeIf(r -> cuts.isBareAttribution(d, r.content()));
    return unreportedStretches.addTo(d, withoutOverlaps(d, found));
  }

  /**
   * The claims that the word at {@code v} cues, read in the one way that fits it: "according to"
   * or an evidential adverb, a question put to the subject, or a cue verb or speech noun with the
   * content under it and around it. Empty where the word cues nothing.
   */
  private List<ReportedSpeech> claimsCuedAt(ParsedDocument d, int v) {
    if (EvidentialClaims.isAccordingTo(d, v)) {
      return evidentials.accordingTo(d, v).stream().toList();
    }
    if (evidentials.isEvidentialAdverb(d, v)) {
      return evidentials.evidentialClause(d, v).stream().toList();
    }
    Optional<Cue> cue = cueAt(d, v);
    if (cue.isEmpty()) {
      return List.of();
    }
    return isQuestionPut(d, cue.get())
        ? questionPutToSubject(d, cue.get()) : cueClaims(d, cue.get());
  }

  /**
   * The cue the word at {@code v} is, with its lexicon entry: a verb of saying, a verb of
   * attitude or a speech noun. A verb in both lexicons ("agree") is read as one of saying. Empty
   * where the word is no cue.
   */
  private Optional<Cue> cueAt(ParsedDocument d, int v) {
    if (speechCues.isCue(d, v)) {
      return Optional.of(Cue.of(v, CueKind.SPEECH, speechCues.relations(d, v)));
    }
    if (attitudeCues.isCue(d, v)) {
      return Optional.of(Cue.of(v, CueKind.ATTITUDE, attitudeCues.relations(d, v)));
    }
    if (isSpeechNoun(d, v)) {
      return Optional.of(Cue.of(v, CueKind.NOUN, speechNouns.values(d.lemma(v))));
    }
    return Optional.empty();
  }

  /**
   * Whether the cue is a question put to its subject ({@link #QUESTION_PUT}): "Asked whether she
   * would run, Reyes said ...". Not where a colon after it opens the answer.
   */
  private static boolean isQuestionPut(ParsedDocument d, Cue cue) {
    return cue.kind() == CueKind.SPEECH && CueConditions.isPassiveParticiple(d, cue.token())
        && cue.marks(QUESTION_PUT) && !CueConditions.opensAnswerAfterColon(d, cue.token());
  }

  /**
   * The question put to the subject: unless a phrase with "by" names who asked it ("Asked by Ada
   * Quill whether she would run, Reyes said ..."), someone the text does not name asked it, so it
   * is a claim without a speaker. Only the question's own relations count ({@link
   * #QUESTION_RELATIONS}), and not the clauses around the cue: what follows is the subject's
   * answer, which its own cue reports.
   */
  private List<ReportedSpeech> questionPutToSubject(ParsedDocument d, Cue cue) {
    if (isNoStatement(d, cue.token()) || isMisreadOrRecalled(d, cue) || isNegatedSaying(d, cue)) {
      return List.of();
    }
    List<String> question =
        cue.relations().stream().filter(QUESTION_RELATIONS::contains).toList();
    Mention asker = namedAsker(d, cue.token()).orElse(null);
    return claimsUnder(d, cue, question, asker, asker);
  }

  /**
   * The name that the phrase with "by" after a bare passive participle gives, who put the
   * question: Quill in "Asked by Ada Quill whether ...". A name only: "asked by a reporter"
   * leaves the asker unnamed.
   */
  private Optional<Mention> namedAsker(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      if (x.token() > cue && d.matches(x, "obl:by") && !d.isQuoted(x.token())) {
        return mentions.at(d, x.token()).filter(m -> m.kind() == Mention.Kind.NAME);
      }
    }
    return Optional.empty();
  }

  /**
   * The claims of a cue verb or speech noun, credited to whoever its subject or owner names, or to
   * no one: the content under the dependents its lexicon entry lists and, for a verb of saying,
   * the clauses the parse hangs elsewhere. Empty where this reading of the cue reports nothing.
   */
  private List<ReportedSpeech> cueClaims(ParsedDocument d, Cue cue) {
    int v = cue.token();
    OptionalInt described =
        cue.isVerb() ? ReportedSpeechSpeakers.describedNoun(d, v) : OptionalInt.empty();
    Optional<Mention> subject =
        cue.isVerb()
            ? verbSubject(d, cue, described)
            // "Senator Calls For An Inquiry": a headline's verb that the tagger took for a plural
            // noun still speaks for the words that open its line.
            : speakers.nounSpeaker(d, v).or(() -> mentions.headlineSubject(d, v));
    boolean passive = isPassiveAttitude(d, cue);
    if (subject.isEmpty() && !reportsWithNoOneNamed(d, cue, described, passive)) {
      return List.of();
    }
    if (cue.isVerb() && (CueConditions.isPassiveParticiple(d, v) || isNoStatement(d, v))) {
      // "Described as a reformer, Reyes said ...": what others said of the subject, not their
      // word (a question put to them is read by questionPutToSubject).
      return List.of();
    }
    if (cue.kind() == CueKind.ATTITUDE && !isStand(d, cue, subject.orElse(null), passive)
        || cue.kind() == CueKind.SPEECH && isMisreadOrRecalled(d, cue)) {
      return List.of();
    }
    Mention speaker = passive ? null : subject.orElse(null);
    if (speaker == null && cue.marks(NAMED_SUBJECT) && !isPastWithSubject(d, v)
        || isNegatedSaying(d, cue)) {
      return List.of();
    }
    Mention said = creditedSpeaker(d, cue, speaker);
    List<ReportedSpeech> claims =
        claimsUnder(d, cue, contentRelations(d, cue, described), speaker, said);
    if (cue.kind() == CueKind.SPEECH) {
      clausesElsewhere(d, cue).forEach(span -> claims.add(new ReportedSpeech(span, v, said)));
    }
    // An inverted cue ("...," said Reyes, who ...) has its speaker, not its content, after it.
    boolean inverted =
        speaker != null && speaker.first() > v || ClausesAroundCues.isInverted(d, v);
    // "Reyes said the plan works" (REST_OF_CLAUSE): where nothing under or around the
    // cue was found, the bare clause after it.
    if (cue.marks(REST_OF_CLAUSE) && claims.isEmpty() && !inverted) {
      clauses.clauseAfter(d, v).ifPresent(span -> claims.add(new ReportedSpeech(span, v, said)));
    }
    return claims;
  }

  /**
   * Whether the verb tells in the past tense what a subject of its own did: "a reporter asked
   * whether ..." reports a question put by someone the text does not name, while a headline's
   * present tense ("Regulator asks whether ...") frames the story.
   */
  private static boolean isPastWithSubject(ParsedDocument d, int v) {
    return d.tag(v).equals("VBD") && !d.children(v, "nsubj").isEmpty();
  }

  /**
   * Whom a cue verb's subject names, where the parse may have lost or misplaced it. Each step is
   * tried only where those before it found no one.
   */
  private Optional<Mention> verbSubject(ParsedDocument d, Cue cue, OptionalInt described) {
    int v = cue.token();
    boolean speech = cue.kind() == CueKind.SPEECH;
    // "...as much as he does,'' said Senator Reyes": a subject of the cue before the closing
    // mark right before it is a word of the quotation that the parse hung on the inverted
    // cue; the cue's speaker is the name after it, or no one.
    Optional<Mention> subject =
        speech && ReportedSpeechSpeakers.hasOwnSubjectBeforeClosingMark(d, v)
            ? speakers.nameAfter(d, v) : mentions.subjectOf(d, v);
    return subject
        // "Reyes was upfront about the plan, saying donors ...": a participle after a comma speaks
        // for the subject of the clause it goes on from, where the parse lost the tie.
        .or(() -> mentions.participleSpeaker(d, v))
        // "Reyes closed by stressing that ...": the gerund speaks for its verb's subject.
        .or(() -> subjectOf(d, ReportedSpeechSpeakers.prepositionalGerundHead(d, v)))
        // "Senator Reyes (D-Ore.) has criticized the plan": a parenthesis may cost the verb its
        // subject in the parse, which then hangs it loosely; the name right before it speaks.
        .or(() -> ReportedSpeechSpeakers.isLooseFiniteVerb(d, v)
                || ReportedSpeechSpeakers.hasParticipleForSubject(d, v)
            ? speakers.nameRightBefore(d, v) : Optional.empty())
        // "Reyes went on to insist that ...": the verb the parse took for the cue's subject.
        .or(() -> nameBeforeVerbForSubject(d, v))
        // "Reyes thanked the bakers who kept the market open, and said ...": the main clause's
        // subject, not the relative clause's noun.
        .or(() -> subjectOf(d, ReportedSpeechSpeakers.mainVerbAcrossRelative(d, v)))
        // "Reyes called the levy a tax and called for a refund": the cue the parse hung inside
        // the first cue's object shares that cue's subject.
        .or(() -> subjectOf(d, cuts.coordinatedCueBefore(d, v)))
        .or(() -> speech ? nameBesideQuotation(d, v) : Optional.empty())
        // "a memo arguing that ...": the noun a participle describes speaks, or whoever owns
        // or issued it.
        .or(() -> described.isPresent()
            ? describedSpeaker(d, described.getAsInt())
            : Optional.empty())
        // "Villager Says The Dam Will Burst": a headline in title case that the parse read as one
        // noun phrase; the words opening its line speak.
        .or(() -> mentions.headlineSubject(d, v));
  }

  /**
   * Who speaks through a participle that describes a noun: the noun, or whoever owns or issued it;
   * but where the noun is the predicate of a copula with a preposition ("Reyes was on the radio
   * talking about ..."), the copula's subject, whom the participle goes on to describe.
   */
  private Optional<Mention> describedSpeaker(ParsedDocument d, int noun) {
    if (!d.children(noun, "cop").isEmpty() && !d.children(noun, "case").isEmpty()) {
      return mentions.subjectOf(d, noun);
    }
    return mentions.at(d, noun).or(() -> speakers.nounSpeaker(d, noun));
  }

  /**
   * The name that speaks through a cue of saying set next to a quotation, or to words set off as
   * one, where the parse did not make it the cue's subject.
   */
  private Optional<Mention> nameBesideQuotation(ParsedDocument d, int v) {
    // "— Open weights keep us honest, said Pereira": the parse may take the name after an
    // inverted cue for its object.
    return speakers.invertedObjectName(d, v)
        // "...,'' Ms. Reyes said": the parse may not make the name the cue's subject.
        .or(() -> speakers.nameAfterClosingMark(d, v))
        // "...,'' said Senator Reyes": the parse may take the closing mark for the subject.
        .or(() -> DoubledQuotes.isMark(d, v - 1) || followsClosedStretch(d, v)
            ? speakers.nameAfter(d, v) : Optional.empty());
  }

  /**
   * Whether an inverted cue follows, after a comma, words of its sentence that close a doubled
   * stretch: in "''...,'' since the vote was close, said Ada Quill", the speaker comes after it.
   */
  private static boolean followsClosedStretch(ParsedDocument d, int v) {
    if (v < 1 || !d.word(v - 1).equals(",") || !ParsedDocument.isFiniteTag(d.tag(v))) {
      return false;
    }
    for (int t = v - 2; t >= d.sentenceBegin(d.sentenceOf(v)); t--) {
      if (DoubledQuotes.closesClause(d, t)) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the verb at the token, if there is one. */
  private Optional<Mention> subjectOf(ParsedDocument d, OptionalInt verb) {
    return verb.isPresent() ? mentions.subjectOf(d, verb.getAsInt()) : Optional.empty();
  }

  /**
   * Whether the cue is an attitude held whoever holds it ({@link #ANY_SUBJECT}) in the passive:
   * "the merger is expected to lift profits" is a forecast whose makers go unnamed, not the
   * subject's own, so it has no speaker.
   */
  private static boolean isPassiveAttitude(ParsedDocument d, Cue cue) {
    return cue.kind() == CueKind.ATTITUDE && cue.marks(ANY_SUBJECT)
        && !d.children(cue.token(), "nsubj:pass").isEmpty();
  }

  /**
   * Whether the cue reports though no subject or owner of it names anyone, so that its claim has
   * no speaker: a stand noun that needs no holder ({@link #UNOWNED}: "there is growing concern
   * about the levy"), a noun that tells how a verb's unnamed subject acted ("nine members voted
   * in favour"), a verb whose subject names no one ("officials said") or that describes a noun,
   * and a passive attitude ({@link #isPassiveAttitude}). Any other cue with no one behind it is
   * no report.
   */
  private boolean reportsWithNoOneNamed(
      ParsedDocument d, Cue cue, OptionalInt described, boolean passive) {
    if (!cue.isVerb()) {
      return cue.marks(UNOWNED) || speakers.hasUnnamedHolder(d, cue.token());
    }
    return mentions.hasSubject(d, cue.token()) || described.isPresent() || passive;
  }

  /**
   * "That said, ...", "a governor who has not endorsed anyone": the writer's own turn of thought,
   * or a referent described by a stand it does not take; no statement of anyone's.
   */
  private static boolean isNoStatement(ParsedDocument d, int v) {
    return CueConditions.closesDiscourseFormula(d, v)
        || CueConditions.isNegatedRelativeClause(d, v);
  }

  /**
   * Whether an attitude cue tells a stand its subject takes. What a person wants or backs is their
   * position; what an institution plans, a thing "hopes", a share of those polled favours, or
   * someone says they want in their own words is not.
   *
   * @param subject the mention the cue's subject names, or null
   * @param passive whether the cue is a passive attitude ({@link #isPassiveAttitude})
   */
  private boolean isStand(ParsedDocument d, Cue cue, Mention subject, boolean passive) {
    int v = cue.token();
    if (passive && subject != null && subject.kind() != Mention.Kind.PRONOUN
        && mentions.actorKind(d, subject).equals("ORGANIZATION")) {
      // What an institution "is expected to" do ("the panel is expected to report in May")
      // is its schedule, which news reports as fact.
      return false;
    }
    boolean anySubject = cue.marks(ANY_SUBJECT);
    if (anySubject && ReportedSpeechSpeakers.hasPersonalSubject(d, v, FIRST_AND_SECOND_PERSON)) {
      // "I want to go home", "should you want a seat near the band": a wish in a speaker's own
      // words, or anyone's, is part of what they say, not a position the article reports.
      return false;
    }
    boolean agents = cue.marks(AGENT_SUBJECT);
    if (agents && conditions.hasThingSubject(d, v)) {
      // "The industry hopes that ...": a thing that is no actor names no one who hopes.
      return false;
    }
    Mention speaker = passive ? null : subject;
    if (!anySubject && !agents
        && (speaker == null ? !conditions.hasPeopleSubject(d, v)
            : !mentions.actorKind(d, speaker).equals("PERSON"))) {
      // What a person wants or backs is their position; what an institution "plans" or "is
      // expected to" do is mostly its schedule, which news reports as fact.
      return false;
    }
    // "23 percent favored Okafor": a share of those polled, not anyone's stand.
    return !CueConditions.isPollShare(d, v);
  }

  /**
   * Whether a speech cue says nothing after all: "Iron Belt states that have lost mills", where
   * the tagger read the plural noun as the verb, or "I knew the vote was lost", a first person
   * recalling a belief ({@link #MEMORY}) rather than putting one forward.
   */
  private boolean isMisreadOrRecalled(ParsedDocument d, Cue cue) {
    return conditions.isPluralNounReading(d, cue.token())
        || cue.marks(MEMORY) && CueConditions.isFirstPersonPast(d, cue.token());
  }

  /** Whether the cue tells what was not said ({@link #AFFIRMED}): "Reyes never said that ...". */
  private static boolean isNegatedSaying(ParsedDocument d, Cue cue) {
    return CueConditions.isNegated(d, cue.token()) && cue.marks(AFFIRMED);
  }

  /**
   * Whom the cue's claims are credited to: the speaker of a cue of saying whose clause holds
   * this one, else the cue's own speaker; null where no one is named.
   */
  private Mention creditedSpeaker(ParsedDocument d, Cue cue, Mention speaker) {
    int v = cue.token();
    // "''I think the plan works,'' Reyes said": a stretch in doubled apostrophes is no
    // quotation to the finder, but its first person is still whoever it quotes.
    Mention own =
        speaker != null || cue.kind() != CueKind.SPEECH
                || !ReportedSpeechSpeakers.hasFirstPersonSubject(d, v)
            ? speaker
            : DoubledQuotes.stretchAround(d, v)
                .flatMap(s -> speakers.doubledSpeaker(d, s))
                .orElse(null);
    // "Reyes claimed that Okafor wants to cut the levy": what Okafor wants is Reyes's account,
    // as a quotation inside a reported clause is (GoverningCueSieves#reportingCue).
    return cue.isVerb() ? speakers.reportingSpeaker(d, v).orElse(own) : own;
  }

  /**
   * The relations of the cue's entry under which content lies here, in the entry's order: not
   * the markers that say how to read the entry, and not a dependent that this sentence shows to
   * be no content.
   */
  private List<String> contentRelations(ParsedDocument d, Cue cue, OptionalInt described) {
    int v = cue.token();
    // "Reyes showed his resolve": the object of such a verb is content only under a record.
    boolean objectCounts =
        !cue.marks(RECORD_OBJECT) || conditions.isRecordSubject(d, v, described);
    List<String> content = new ArrayList<>();
    for (String rel : cue.relations()) {
      if (rel.equals(REST_OF_CLAUSE) || READING_MARKERS.contains(rel)
          || rel.equals("obj") && !objectCounts
          // "a bill that the council declined to take up": the infinitive acts on the bill.
          || rel.equals("xcomp") && CueConditions.hasRelativeObject(d, v)
          // "urged the board to publish the audits": the object is who was urged.
          || rel.equals("obj") && cue.relations().contains("xcomp")
              && ContentExtent.hasInfinitiveAfterObject(d, v)) {
        continue;
      }
      content.add(rel);
    }
    return content;
  }

  /**
   * The claims under the cue's dependents in each of the relations, in order, credited to {@code
   * said}.
   *
   * @param speaker the mention of the cue's own speaker, or null
   */
  private List<ReportedSpeech> claimsUnder(
      ParsedDocument d, Cue cue, List<String> relations, Mention speaker, Mention said) {
    List<ReportedSpeech> claims = new ArrayList<>();
    boolean noun = cue.kind() == CueKind.NOUN;
    for (String rel : relations) {
      for (ParsedDocument.Dependent dep :
          ContentExtent.contentDependents(d, cue.token(), noun, rel)) {
        if (d.matches(dep, rel)) {
          contentUnder(d, cue, rel, dep, speaker)
              .ifPresent(span -> claims.add(new ReportedSpeech(span, cue.token(), said)));
        }
      }
    }
    return claims;
  }

  /**
   * The content under one dependent of the cue ({@link #extentUnder}), cut short or dropped where
   * the parse ran it on past what the cue reports.
   */
  private Optional<TextSpan> contentUnder(ParsedDocument d, Cue cue, String rel,
      ParsedDocument.Dependent dep, Mention speaker) {
    int v = cue.token();
    int head = dep.token();
    return extentUnder(d, cue, rel, dep)
        // "The costs are hard to foresee, most economists say, because ...": a cue set
        // off by commas after its clause reports the sentence that goes on past it.
        .map(span -> rel.equals("ccomp") && head < v
            ? clauses.pastMedialCue(d, v, head).orElse(span) : span)
        // "Reyes backed the plan: \"...\"": the quotation after the colon is what he
        // said, and the object only names its subject.
        .filter(span -> !(cue.kind() == CueKind.ATTITUDE
            && CueConditions.opensQuotationAfter(d, span)))
        // "...,'' said Reyes, a lawyer who ...": where the parse hangs the inverted
        // speaker's clause from the cue, it is who spoke, not what was said.
        .filter(span -> speaker == null || span.begin() != d.begin(speaker.first()))
        // "Ivo Marek, wearing a cap, said ...": nor is a clause that holds the speaker and ends
        // before the cue. (A clause that runs on past a cue set in its middle, "The costs, most
        // economists say, are hard to foresee", holds its speaker as a parenthesis.)
        .filter(span -> speaker == null || !holdsBefore(d, span, speaker, v))
        .map(span -> cuts.beforeCoordinatedCue(d, v, span))
        .map(span -> cue.marks(DEMAND) && span.begin() > d.begin(v)
            ? ContentExtent.withCondition(d, span) : span);
  }

  /** The name right before the verb that the parse took for the cue's subject, if any. */
  private Optional<Mention> nameBeforeVerbForSubject(ParsedDocument d, int cue) {
    OptionalInt verb = ReportedSpeechSpeakers.verbForSubject(d, cue);
    return verb.isPresent() ? speakers.nameRightBefore(d, verb.getAsInt()) : Optional.empty();
  }

  /** Whether the span holds the speaker's first word and ends before the cue. */
  private static boolean holdsBefore(ParsedDocument d, TextSpan span, Mention speaker, int cue) {
    int at = d.begin(speaker.first());
    return span.begin() <= at && at < span.end() && span.end() <= d.begin(cue);
  }

  /**
   * The words a dependent of the cue carries, read by its relation and ending before the
   * speaker's next act. An object goes with the "as" phrase after it ("slammed the plan as too
   * vague") or, without one, with the phrases that go on describing it; an indirect object only
   * with the object after it ("called her rival a liar"), being no content alone; a content clause
   * runs on where the parse cut it off from its verb; a prepositional phrase or adverbial clause
   * takes an "as" phrase after it; and a phrase after an object takes in the object ("blamed the
   * governor for the delays").
   */
  private Optional<TextSpan> extentUnder(
      ParsedDocument d, Cue cue, String rel, ParsedDocument.Dependent dep) {
    int v = cue.token();
    int head = dep.token();
    OptionalInt secondPart = rel.equals("obj") ? ContentExtent.asPhraseAfter(d, v, head)
        : rel.equals("iobj") ? ContentExtent.objectAfter(d, v, head)
        : OptionalInt.empty();
    if (rel.equals("iobj") && secondPart.isEmpty()) {
      return Optional.empty();
    }
    int from = secondPart.isPresent() ? head : ContentExtent.objectBefore(d, v, dep, rel);
    int fewest = ContentExtent.minTokens(d, v, head, rel, cue.kind() == CueKind.ATTITUDE);
    int runsTo = rel.equals("obj") && secondPart.isEmpty()
        ? ContentExtent.objectRunsTo(
            d, v, head, isSpeechNoun(d, head), cue.relations(), mentions)
        : rel.equals("ccomp") ? ContentExtent.clauseRunsTo(d, v, head)
        : rel.startsWith("obl") || rel.startsWith("advcl")
            ? ContentExtent.asPhraseRunsTo(d, v, head) : -1;
    int nextAct = cuts.nextActStart(d, v, head);
    return ContentExtent.content(
        d, from, secondPart.orElse(head), v, fewest, runsTo, nextAct);
  }

  /**
   * The clauses a cue of saying reports that the parse hangs elsewhere ({@link
   * ClausesAroundCues}), in this order: a loose clause after its object where its entry lists a
   * content clause but the parse hangs none ("the poll shows Reyes trailing"); then the first of
   * the clause a trailing or inserted cue qualifies ("X, he noted, is Y"), the sentence an "as"
   * clause opens ("As Reyes noted, ..."), and the stretch in doubled apostrophes right before it.
   */
  private List<TextSpan> clausesElsewhere(ParsedDocument d, Cue cue) {
    int v = cue.token();
    List<TextSpan> spans = new ArrayList<>();
    if (cue.relations().contains("ccomp") && d.children(v, "ccomp").isEmpty()) {
      clauses.looseClause(d, v).ifPresent(spans::add);
    }
    clauses.trailingClause(d, v)
        .or(() -> clauses.asClause(d, v))
        .or(() -> clauses.doubledClause(d, v))
        .or(() -> clauses.closingCue(d, v))
        .ifPresent(spans::add);
    return spans;
  }

  /**
   * The claims in order of their content, each dropped that overlaps the one kept before it, save
   * where two hold each other's cue.
   */
  private List<ReportedSpeech> withoutOverlaps(
      ParsedDocument d, List<ReportedSpeech> found) {
    // Of two claims with the same content, a cue verb's comes first: in "Reyes told donors that
    // the bill would pass, according to two guests", the guests vouch for what Reyes said.
    found.sort(
        Comparator.comparingInt((ReportedSpeech r) -> r.content().begin())
            .thenComparing(r -> -r.content().length())
            .thenComparing(r -> EvidentialClaims.isAccordingTo(d, r.cue())));
    List<ReportedSpeech> kept = new ArrayList<>();
    for (ReportedSpeech r : found) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).content().overlaps(r.content())) {
        kept.add(r);
      } else if (holdEachOthersCues(d, kept.get(kept.size() - 1), r)
          && r.cue() < kept.get(kept.size() - 1).cue()
          && !closesSentence(d, kept.get(kept.size() - 1))) {
        // Two claims whose contents hold each other's cue come from a misparse; the earlier cue
        // reports: in "Reyes says the plan is the only way voters might find relief", "says".
        // Not a cue closing its sentence ("Quill hopes to win, an aide said"), which reports the
        // verb before it, whatever the parse let that verb's content run on to.
        kept.set(kept.size() - 1, r);
      }
    }
    return kept;
  }

  /** Whether the token is a noun of what someone said or holds: "claim", "support", "warning". */
  private boolean isSpeechNoun(ParsedDocument d, int t) {
    return d.tag(t).startsWith("NN") && speechNouns.contains(d.lemma(t));
  }

  /**
   * Whether the claim is what a cue closing its sentence reports ({@link
   * ClausesAroundCues#closingCue}).
   */
  private boolean closesSentence(ParsedDocument d, ReportedSpeech r) {
    return d.begin(r.cue()) >= r.content().end()
        && clauses.closingCue(d, r.cue()).filter(r.content()::equals).isPresent();
  }

  private static boolean holdEachOthersCues(ParsedDocument d, ReportedSpeech a, ReportedSpeech b) {
    return a.content().contains(d.begin(b.cue())) && b.content().contains(d.begin(a.cue()));
  }

  /** What kind of word a cue is. */
  private enum CueKind {
    /** A verb, or a marked adjective, of saying, believing or finding: "argued", "confident". */
    SPEECH,
    /** A verb of wanting, intending, backing or taking up: "wants to", "backed". */
    ATTITUDE,
    /** A noun of what someone said or holds: "claim", "warning", "concern". */
    NOUN
  }

  /**
   * A word read as a cue: its token, its kind, and the relations and reading markers that its
   * lexicon entry lists, in order.
   */
  private record Cue(int token, CueKind kind, List<String> relations) {
    Cue {
      relations = List.copyOf(relations);
    }

    /** The cue with the entry's fields, each a comma-separated list of relations and markers. */
    static Cue of(int token, CueKind kind, List<String> fields) {
      return new Cue(token, kind, CueVerbs.relationsIn(fields));
    }

    /** Whether the entry lists the relation or reading marker. */
    boolean marks(String marker) {
      return relations.contains(marker);
    }

    boolean isVerb() {
      return kind != CueKind.NOUN;
    }
  }
}
