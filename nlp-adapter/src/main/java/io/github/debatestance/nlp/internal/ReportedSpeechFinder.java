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
      if (d.isQuoted(v)) {
        continue;
      }
      if (EvidentialClaims.isAccordingTo(d, v)) {
        evidentials.accordingTo(d, v).ifPresent(found::add);
        continue;
      }
      if (evidentials.isEvidentialAdverb(d, v)) {
        evidentials.evidentialClause(d, v).ifPresent(found::add);
        continue;
      }
      boolean speech = speechCues.isCue(d, v);
      boolean attitude = !speech && attitudeCues.isCue(d, v);
      boolean verb = speech || attitude;
      boolean noun = isSpeechNoun(d, v);
      if (!verb && !noun) {
        continue;
      }
      boolean unowned = noun && CueVerbs.marks(speechNouns.values(d.lemma(v)), UNOWNED);
      // "Asked whether she would run, Reyes said ...": the question put to Reyes, by whom the
      // text does not say.
      boolean questionPut = speech && CueConditions.isPassiveParticiple(d, v)
          && CueVerbs.marks(speechCues.relations(d, v), QUESTION_PUT)
          && !CueConditions.opensAnswerAfterColon(d, v);
      Optional<Mention> subject = verb ? mentions.subjectOf(d, v) : speakers.nounSpeaker(d, v);
      if (speech && ReportedSpeechSpeakers.hasOwnSubjectBeforeClosingMark(d, v)) {
        // "...as much as he does,'' said Senator Reyes": a subject of the cue before the closing
        // mark right before it is a word of the quotation that the parse hung on the inverted
        // cue; the cue's speaker is the name after it, or no one.
        subject = speakers.nameAfter(d, v);
      }
      if (subject.isEmpty() && verb) {
        // "Reyes was upfront about the plan, saying donors ...": a participle after a comma speaks
        // for the subject of the clause it goes on from, where the parse lost the tie.
        subject = mentions.participleSpeaker(d, v);
      }
      OptionalInt governing =
          verb ? ReportedSpeechSpeakers.prepositionalGerundHead(d, v) : OptionalInt.empty();
      if (subject.isEmpty() && governing.isPresent()) {
        // "Reyes closed by stressing that ...": the gerund speaks for its verb's subject.
        subject = mentions.subjectOf(d, governing.getAsInt());
      }
      if (subject.isEmpty() && verb && ReportedSpeechSpeakers.isLooseFiniteVerb(d, v)) {
        // "Senator Reyes (D-Ore.) has criticized the plan": a parenthesis may cost the verb its
        // subject in the parse, which then hangs it loosely; the name right before it speaks.
        subject = speakers.nameRightBefore(d, v);
      }
      OptionalInt firstOfPair = verb ? cuts.coordinatedCueBefore(d, v) : OptionalInt.empty();
      if (subject.isEmpty() && firstOfPair.isPresent()) {
        // "Reyes called the levy a tax and called for a refund": the cue the parse hung inside
        // the first cue's object shares that cue's subject.
        subject = mentions.subjectOf(d, firstOfPair.getAsInt());
      }
      if (subject.isEmpty() && speech) {
        // "— Open weights keep us honest, said Pereira": the parse may take the name after an
        // inverted cue for its object.
        subject = speakers.invertedObjectName(d, v);
      }
      if (subject.isEmpty() && speech) {
        // "...,'' Ms. Reyes said": the parse may not make the name the cue's subject.
        subject = speakers.nameAfterClosingMark(d, v);
      }
      if (subject.isEmpty() && speech && DoubledQuotes.isMark(d, v - 1)) {
        // "...,'' said Senator Reyes": the parse may take the closing mark for the subject.
        subject = speakers.nameAfter(d, v);
      }
      OptionalInt described =
          verb ? ReportedSpeechSpeakers.describedNoun(d, v) : OptionalInt.empty();
      if (subject.isEmpty() && described.isPresent()) {
        int owner = described.getAsInt();
        subject = mentions.at(d, owner).or(() -> speakers.nounSpeaker(d, owner));
      }
      List<String> relations =
          speech
              ? speechCues.relations(d, v)
              : attitude ? attitudeCues.relations(d, v) : speechNouns.values(d.lemma(v));
      boolean anySubject = attitude && CueVerbs.marks(relations, ANY_SUBJECT);
      if (subject.isEmpty()
          && !unowned
          && !questionPut
          && !(noun && speakers.hasUnnamedHolder(d, v))
          && !(verb && (mentions.hasSubject(d, v) || described.isPresent()))
          && !(anySubject && !d.children(v, "nsubj:pass").isEmpty())) {
        continue;
      }
      if (verb && CueConditions.isPassiveParticiple(d, v) && !questionPut) {
        // "Described as a reformer, Reyes said ...": what others said of the subject, not their
        // word (a question put to them is read above).
        continue;
      }
      if (verb && (CueConditions.closesDiscourseFormula(d, v)
          || CueConditions.isNegatedRelativeClause(d, v))) {
        // "That said, ...", "a governor who has not endorsed anyone": the writer's own turn of
        // thought, or a referent described by a stand it does not take.
        continue;
      }
      // "The sale is expected to lift profits": a forecast whose makers go unnamed, not the
      // subject's own; but what an institution "is expected to" do ("the committee is expected to
      // report in May") is its schedule, which news reports as fact.
      boolean passive = anySubject && !d.children(v, "nsubj:pass").isEmpty();
      if (passive && subject.isPresent() && subject.get().kind() != Mention.Kind.PRONOUN
          && mentions.actorKind(d, subject.get()).equals("ORGANIZATION")) {
        continue;
      }
      Mention speaker = passive || questionPut ? null : subject.orElse(null);
      if (anySubject && ReportedSpeechSpeakers.hasPersonalSubject(d, v, FIRST_AND_SECOND_PERSON)) {
        // "I want to go home", "if you want to see her event": a wish in a speaker's own words,
        // or anyone's, is part of what they say, not a position the article reports.
        continue;
      }
      boolean agents = attitude && CueVerbs.marks(relations, AGENT_SUBJECT);
      if (agents && conditions.hasThingSubject(d, v)) {
        continue;
      }
      if (attitude
          && !anySubject
          && !agents
          && (speaker == null ? !conditions.hasPeopleSubject(d, v)
              : !mentions.actorKind(d, speaker).equals("PERSON"))) {
        // What a person wants or backs is their position; what an institution "plans" or "is
        // expected to" do is mostly its schedule, which news reports as fact.
        continue;
      }
      if (speech && conditions.isPluralNounReading(d, v)) {
        // "Iron Belt states that have lost mills": the tagger may read the plural noun as the verb.
        continue;
      }
      if (attitude && CueConditions.isPollShare(d, v)) {
        // "23 percent favored Okafor": a share of those polled, not anyone's stand.
        continue;
      }
      if (speech && CueVerbs.marks(relations, MEMORY) && CueConditions.isFirstPersonPast(d, v)) {
        // "I knew the vote was lost": a first person recalling a belief, not putting one forward.
        continue;
      }
      int cue = v;
      int before = found.size();
      boolean restOfClause = false;
      if (speaker == null && !questionPut && CueVerbs.marks(relations, NAMED_SUBJECT)
          || CueConditions.isNegated(d, v) && CueVerbs.marks(relations, AFFIRMED)) {
        continue;
      }
      // "''I think the plan works,'' Reyes said": a stretch in doubled apostrophes is no
      // quotation to the finder, but its first person is still whoever it quotes.
      Mention own =
          speaker != null || !speech || !ReportedSpeechSpeakers.hasFirstPersonSubject(d, v)
              ? speaker
              : DoubledQuotes.stretchAround(d, v)
                  .flatMap(s -> speakers.doubledSpeaker(d, s))
                  .orElse(null);
      // "Reyes claimed that Okafor wants to cut the levy": what Okafor wants is Reyes's account,
      // as a quotation inside a reported clause is (GoverningCueSieves#reportingCue).
      Mention said =
          questionPut ? null : verb ? speakers.reportingSpeaker(d, v).orElse(own) : own;
      boolean objectCounts =
          !CueVerbs.marks(relations, RECORD_OBJECT) || conditions.isRecordSubject(d, v, described);
      List<String> listed = CueVerbs.relationsIn(relations);
      boolean demand = CueVerbs.marks(relations, DEMAND);
      for (String rel : listed) {
        if (rel.equals(REST_OF_CLAUSE)) {
          restOfClause = true;
          continue;
        }
        if (READING_MARKERS.contains(rel) || rel.equals("obj") && !objectCounts
            || questionPut && !QUESTION_RELATIONS.contains(rel)
            || rel.equals("xcomp") && CueConditions.hasRelativeObject(d, v)
            // "urged the board to publish the audits": the object is who was urged.
            || rel.equals("obj") && listed.contains("xcomp")
                && ContentExtent.hasInfinitiveAfterObject(d, v)) {
          continue;
        }
        for (ParsedDocument.Dependent dep : ContentExtent.contentDependents(d, v, noun, rel)) {
          if (d.matches(dep, rel)) {
            OptionalInt as = rel.equals("obj") ? ContentExtent.asPhraseAfter(d, v, dep.token())
                : rel.equals("iobj") ? ContentExtent.objectAfter(d, v, dep.token())
                : OptionalInt.empty();
            if (rel.equals("iobj") && as.isEmpty()) {
              continue;
            }
            int object =
                as.isPresent() ? dep.token() : ContentExtent.objectBefore(d, v, dep, rel);
            int fewest = ContentExtent.minTokens(d, v, dep.token(), rel, attitude);
            int runsTo = rel.equals("obj") && as.isEmpty()
                ? ContentExtent.objectRunsTo(
                    d, v, dep.token(), isSpeechNoun(d, dep.token()), listed, mentions)
                : rel.equals("ccomp") ? ContentExtent.clauseRunsTo(d, v, dep.token())
                : rel.startsWith("obl") || rel.startsWith("advcl")
                    ? ContentExtent.asPhraseRunsTo(d, v, dep.token()) : -1;
            int nextAct = cuts.nextActStart(d, cue, dep.token());
            ContentExtent.content(
                    d, object, as.orElse(dep.token()), cue, fewest, runsTo, nextAct)
                // "The costs are hard to foresee, most economists say, because ...": a cue set
                // off by commas after its clause reports the sentence that goes on past it.
                .map(span -> rel.equals("ccomp") && dep.token() < cue
                    ? clauses.pastMedialCue(d, cue, dep.token()).orElse(span) : span)
                // "Reyes backed the plan: \"...\"": the quotation after the colon is what he
                // said, and the object only names its subject.
                .filter(span -> !(attitude && CueConditions.opensQuotationAfter(d, span)))
                // "...,'' said Reyes, a lawyer who ...": where the parse hangs the inverted
                // speaker's clause from the cue, it is who spoke, not what was said.
                .filter(span -> speaker == null || span.begin() != d.begin(speaker.first()))
                .map(span -> cuts.beforeCoordinatedCue(d, cue, span))
                .map(span -> cuts.beforeSpeakersNextAct(d, cue, dep.token(), span))
                .map(span -> demand && span.begin() > d.begin(cue)
                    ? ContentExtent.withCondition(d, span) : span)
                .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
          }
        }
      }
      if (questionPut) {
        // The clause that follows a question put to the subject is their answer, not the question.
        continue;
      }
      if (speech && listed.contains("ccomp") && d.children(cue, "ccomp").isEmpty()) {
        clauses.looseClause(d, cue)
            .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
      }
      if (speech) {
        clauses.trailingClause(d, cue)
            .or(() -> clauses.asClause(d, cue))
            .or(() -> clauses.doubledClause(d, cue))
            .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
      }
      // An inverted cue ("...," said Reyes, who ...) has its speaker, not its content, after it.
      boolean inverted =
          speaker != null && speaker.first() > cue || ClausesAroundCues.isInverted(d, cue);
      if (restOfClause && found.size() == before && !inverted) {
        clauses.clauseAfter(d, cue)
            .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
      }
    }
    for (int sentence = 0; sentence < d.sentenceCount(); sentence++) {
      LabelledLines.claim(d, sentence, mentions).ifPresent(found::add);
    }
    // "'...' Mayor Brandt said at a meeting, two aides recall": a content that only names who
    // spoke is an attribution, whose words stand elsewhere.
    found.removeIf(r -> cuts.isBareAttribution(d, r.content()));
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
          && r.cue() < kept.get(kept.size() - 1).cue()) {
        // Two claims whose contents hold each other's cue come from a misparse; the earlier cue
        // reports: in "Reyes says the plan is the only way voters might find relief", "says".
        kept.set(kept.size() - 1, r);
      }
    }
    return unreportedStretches.addTo(d, kept);
  }

  /** Whether the token is a noun of what someone said or holds: "claim", "support", "warning". */
  private boolean isSpeechNoun(ParsedDocument d, int t) {
    return d.tag(t).startsWith("NN") && speechNouns.contains(d.lemma(t));
  }

  private static boolean holdEachOthersCues(ParsedDocument d, ReportedSpeech a, ReportedSpeech b) {
    return a.content().contains(d.begin(b.cue())) && b.content().contains(d.begin(a.cue()));
  }
}
