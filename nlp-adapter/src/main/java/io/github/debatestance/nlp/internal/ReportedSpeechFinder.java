package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds reported speech in the dependency parse: the content under a cue verb ("argued that ...",
 * "called for ...", "accused X of ...", "rejected the plan to ...", "the poll found that ...") or a
 * speech noun ("her warning that ..."), the clause a trailing "he said" hangs from or a cue set
 * inside it ("X, he noted, is Y"), and the clause "according to X" qualifies. A cue verb needs a
 * subject; the claim is the subject's where it names someone, and has no speaker where it does not
 * ("officials said", "the report found"). Content that holds a quotation is left to the
 * quotation.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportedSpeechFinder {

  /** Reported content shorter than this is a fragment, not a claim. */
  private static final int MIN_TOKENS = 3;

  /**
   * A cue's object is content even when short: "endorsed Senator Reyes", "announced his
   * candidacy", where a clause of two words would be a fragment.
   */
  private static final int MIN_OBJECT_TOKENS = 2;

  /** Reported content longer than this is a run-on text, not one claim. */
  private static final int MAX_TOKENS = 200;

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** The pronouns of the speaker and of the one spoken to. */
  private static final Set<String> FIRST_AND_SECOND_PERSON = Set.of("i", "we", "you");

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

  private static final Set<String> LEADING_MARKS =
      Set.of("that", "for", "of", "as", "to", "on", "about");

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
   * negated: "Reyes responded to the audit" reports his reply, but "did not respond to a request
   * for comment" reports that there was none.
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

  /** The pseudo-relations of the cue lexicons that say how to read an entry, not where content is. */
  private static final Set<String> READING_MARKERS =
      Set.of(CueVerbs.ADJECTIVE, NAMED_SUBJECT, AFFIRMED, ANY_SUBJECT, RECORD_OBJECT, MEMORY);

  /**
   * Cue forms that are also plural nouns, which the tagger may read as the verb: "Iron Belt states
   * that have lost mills", "four Market Day states".
   */
  private static final Set<String> NOUN_LIKE_FORMS = Set.of("states");

  /** Words that make a count a share: "23 percent", "23%". */
  private static final Set<String> SHARE_WORDS = Set.of("percent", "%");

  /** Words between the two shares of a split: "46 percent to 32 percent". */
  private static final Set<String> SPLIT_WORDS = Set.of("to", "versus", "vs.", "-");

  /** Marks that may close a quoted clause before its cue: "''...,'' she said". */
  private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", "?", "!");

  /** Tags of a word that may open a bare content clause: a subject's first word. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX", "JJ", "PDT");

  /**
   * Relations under which the parse hangs from a cue a phrase that goes on from the cue's object
   * ("praised her plan to cut fares", "recalled his generosity in support of ...").
   */
  private static final Set<String> RUN_ON_RELATIONS = Set.of("obl", "nmod", "xcomp", "acl");

  /** Words of the calendar and the clock, which date a phrase rather than describe. */
  private static final Set<String> TIME_WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "past",
      "morning", "afternoon", "evening", "night", "time", "times", "today", "yesterday", "moment",
      "hours", "decade", "decades", "spring", "summer", "fall", "autumn", "winter");

  /** A year of the last century or this one, which dates a phrase as a month does. */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  /** Named-entity classes of a word after a cue that dates the speech rather than opens its content. */
  private static final Set<String> TIME_CLASSES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final CueVerbs speechCues;
  private final CueVerbs attitudeCues;
  private final Lexicon speechNouns;
  private final Lexicon evidentialAdverbs;
  private final MentionReader mentions;

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
    this.evidentialAdverbs = evidentialAdverbs;
    this.mentions = mentions;
  }

  /** All reported speech of the document, in order, none overlapping another. */
  public List<ReportedSpeech> find(ParsedDocument d) {
    List<ReportedSpeech> found = new ArrayList<>();
    for (int v = 0; v < d.size(); v++) {
      if (d.isQuoted(v)) {
        continue;
      }
      if (isAccordingTo(d, v)) {
        accordingTo(d, v).ifPresent(found::add);
        continue;
      }
      if (d.tag(v).startsWith("RB")
          && evidentialAdverbs.contains(d.word(v).toLowerCase(Locale.ROOT))) {
        evidentialClause(d, v).ifPresent(found::add);
        continue;
      }
      boolean speech = speechCues.isCue(d, v);
      boolean attitude = !speech && attitudeCues.isCue(d, v);
      boolean verb = speech || attitude;
      boolean noun = isSpeechNoun(d, v);
      if (!verb && !noun) {
        continue;
      }
      Optional<Mention> subject = verb ? mentions.subjectOf(d, v) : nounSpeaker(d, v);
      if (subject.isEmpty() && verb) {
        // "Reyes was upfront about the plan, saying donors ...": a participle after a comma speaks
        // for the subject of the clause it goes on from, where the parse lost the tie.
        subject = mentions.participleSpeaker(d, v);
      }
      if (subject.isEmpty() && verb && isLooseFiniteVerb(d, v)) {
        // "Senator Reyes (D-Ore.) has criticized the plan": a parenthesis may cost the verb its
        // subject in the parse, which then hangs it loosely; the name right before it speaks.
        subject = nameRightBefore(d, v);
      }
      if (subject.isEmpty() && speech) {
        // "— Open weights keep us honest, said Pereira": the parse may take the name after an
        // inverted cue for its object.
        subject = invertedObjectName(d, v);
      }
      if (subject.isEmpty() && speech && DoubledQuotes.isMark(d, v - 1)) {
        // "...,'' said Senator Reyes": the parse may take the closing mark for the subject.
        subject = nameAfter(d, v);
      }
      OptionalInt described = verb ? describedNoun(d, v) : OptionalInt.empty();
      if (subject.isEmpty() && described.isPresent()) {
        int owner = described.getAsInt();
        subject = mentions.at(d, owner).or(() -> nounSpeaker(d, owner));
      }
      List<String> relations =
          speech
              ? speechCues.relations(d, v)
              : attitude ? attitudeCues.relations(d, v) : speechNouns.values(d.lemma(v));
      boolean anySubject = attitude && CueVerbs.marks(relations, ANY_SUBJECT);
      if (subject.isEmpty()
          && !(verb && (mentions.hasSubject(d, v) || described.isPresent()))
          && !(anySubject && !d.children(v, "nsubj:pass").isEmpty())) {
        continue;
      }
      if (verb && isPassiveParticiple(d, v)) {
        // "Asked about the audit, Reyes said ...": what was put to the subject, not their word.
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
      Mention speaker = passive ? null : subject.orElse(null);
      if (anySubject && hasPersonalSubject(d, v, FIRST_AND_SECOND_PERSON)) {
        // "I want to go home", "if you want to see her event": a wish in a speaker's own words,
        // or anyone's, is part of what they say, not a position the article reports.
        continue;
      }
      if (attitude
          && !anySubject
          && (speaker == null ? !hasPeopleSubject(d, v)
              : !mentions.actorKind(d, speaker).equals("PERSON"))) {
        // What a person wants or backs is their position; what an institution "plans" or "is
        // expected to" do is mostly its schedule, which news reports as fact.
        continue;
      }
      if (speech && isPluralNounReading(d, v)) {
        // "Iron Belt states that have lost mills": the tagger may read the plural noun as the verb.
        continue;
      }
      if (attitude && isPollShare(d, v)) {
        // "23 percent favored Okafor": a share of those polled, not anyone's stand.
        continue;
      }
      if (speech && CueVerbs.marks(relations, MEMORY) && isFirstPersonPast(d, v)) {
        // "I knew the vote was lost": a first person recalling a belief, not putting one forward.
        continue;
      }
      int cue = v;
      int before = found.size();
      boolean restOfClause = false;
      if (speaker == null && CueVerbs.marks(relations, NAMED_SUBJECT)
          || isNegated(d, v) && CueVerbs.marks(relations, AFFIRMED)) {
        continue;
      }
      // "''I think the plan works,'' Reyes said": a stretch in doubled apostrophes is no
      // quotation to the finder, but its first person is still whoever it quotes.
      Mention own = speaker != null || !speech || !hasFirstPersonSubject(d, v)
          ? speaker
          : DoubledQuotes.stretchAround(d, v).flatMap(s -> doubledSpeaker(d, s)).orElse(null);
      // "Reyes claimed that Okafor wants to cut the levy": what Okafor wants is Reyes's account,
      // as a quotation inside a reported clause is (SpeakerSieves#reportingCue).
      Mention said = verb ? reportingSpeaker(d, v).orElse(own) : own;
      boolean objectCounts =
          !CueVerbs.marks(relations, RECORD_OBJECT) || isRecordSubject(d, v, described);
      List<String> listed = CueVerbs.relationsIn(relations);
      for (String rel : listed) {
        if (rel.equals(REST_OF_CLAUSE)) {
          restOfClause = true;
          continue;
        }
        if (READING_MARKERS.contains(rel) || rel.equals("obj") && !objectCounts
            || rel.equals("xcomp") && hasRelativeObject(d, v)) {
          continue;
        }
        for (ParsedDocument.Dependent dep : contentDependents(d, v, noun)) {
          if (d.matches(dep, rel)) {
            OptionalInt as = rel.equals("obj") ? asPhraseAfter(d, v, dep.token())
                : rel.equals("iobj") ? objectAfter(d, v, dep.token()) : OptionalInt.empty();
            if (rel.equals("iobj") && as.isEmpty()) {
              continue;
            }
            int object = as.isPresent() ? dep.token() : objectBefore(d, v, dep, rel);
            int fewest = minTokens(d, v, dep.token(), rel);
            int runsTo = rel.equals("obj") && as.isEmpty()
                ? objectRunsTo(d, v, dep.token(), listed) : -1;
            content(d, object, as.orElse(dep.token()), cue, fewest, runsTo)
                // "The costs are hard to foresee, most economists say, because ...": a cue set
                // off by commas after its clause reports the sentence that goes on past it.
                .map(span -> rel.equals("ccomp") && dep.token() < cue
                    ? pastMedialCue(d, cue, dep.token()).orElse(span) : span)
                // "Reyes backed the plan: \"...\"": the quotation after the colon is what he
                // said, and the object only names its subject.
                .filter(span -> !(attitude && opensQuotationAfter(d, span)))
                // "...,'' said Reyes, a lawyer who ...": where the parse hangs the inverted
                // speaker's clause from the cue, it is who spoke, not what was said.
                .filter(span -> speaker == null || span.begin() != d.begin(speaker.first()))
                .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
          }
        }
      }
      if (speech && listed.contains("ccomp") && d.children(cue, "ccomp").isEmpty()) {
        looseClause(d, cue)
            .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
      }
      if (speech) {
        trailingClause(d, cue)
            .or(() -> asClause(d, cue))
            .or(() -> doubledClause(d, cue))
            .ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
      }
      // An inverted cue ("...," said Reyes, who ...) has its speaker, not its content, after it.
      boolean inverted = speaker != null && speaker.first() > cue || isInverted(d, cue);
      if (restOfClause && found.size() == before && !inverted) {
        clauseAfter(d, cue).ifPresent(span -> found.add(new ReportedSpeech(span, cue, said)));
      }
    }
    for (int sentence = 0; sentence < d.sentenceCount(); sentence++) {
      labelledLine(d, sentence).ifPresent(found::add);
    }
    // Of two claims with the same content, a cue verb's comes first: in "Reyes told donors that
    // the bill would pass, according to two guests", the guests vouch for what Reyes said.
    found.sort(
        Comparator.comparingInt((ReportedSpeech r) -> r.content().begin())
            .thenComparing(r -> -r.content().length())
            .thenComparing(r -> isAccordingTo(d, r.cue())));
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
    return new UnreportedDoubledQuotes(speechCues, mentions).addTo(d, kept);
  }

  /**
   * The speaker of the speech cue whose reported clause holds the cue: in "Reyes claimed that
   * Okafor wanted to cut the levy", Reyes. Empty where no speech cue reports the cue's clause in
   * its sentence, or one whose subject names no one does.
   */
  private Optional<Mention> reportingSpeaker(ParsedDocument d, int cue) {
    OptionalInt reporting = d.reportingCue(cue, h -> speechCues.isCue(d, h), false);
    return reporting.isPresent() ? mentions.subjectOf(d, reporting.getAsInt()) : Optional.empty();
  }

  /**
   * A line that opens with a name and a colon and goes on with a clause of unquoted words (see
   * {@link LabelledLines}): the clause is the named actor's claim, as it would be after "Reyes
   * said". The words after the colon must hold a verb; words in quotation marks after the colon
   * are left to the quotation.
   */
  private Optional<ReportedSpeech> labelledLine(ParsedDocument d, int sentence) {
    Optional<LabelledLines.Label> label = LabelledLines.at(d, sentence, mentions);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    int colon = label.get().colon();
    int end = d.sentenceEnd(sentence);
    if (colon >= end - 1 || d.isQuoted(colon + 1) || isQuoteMark(d.word(colon + 1))) {
      return Optional.empty();
    }
    boolean verb = false;
    for (int x = colon + 1; x < end; x++) {
      verb |= ParsedDocument.isVerbTag(d.tag(x));
    }
    if (!verb) {
      return Optional.empty();
    }
    return span(d, colon + 1, end - 1)
        .map(span -> new ReportedSpeech(span, colon, label.get().name()));
  }

  /**
   * Whether the cue is a finite verb, or one with an auxiliary, that the parse gives no subject of
   * its own and hangs loosely (as "dep") or not at all: a parse gone astray, not a participle or
   * an infinitive that shares the subject of its head.
   */
  private static boolean isLooseFiniteVerb(ParsedDocument d, int cue) {
    String tag = d.tag(cue);
    boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
        || tag.equals("VBN") && !d.children(cue, "aux").isEmpty();
    if (!finite || !d.children(cue, "nsubj").isEmpty()
        || !d.children(cue, "nsubj:pass").isEmpty() || !d.children(cue, "expl").isEmpty()) {
      return false;
    }
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    return head.isEmpty() || head.get().relation().equals("dep");
  }

  /**
   * The name that ends right before the cue, past its auxiliaries and adverbs and a parenthesis
   * after the name ("Reyes (D-Ore.) has said"), in the cue's sentence. Empty where another word
   * stands between them.
   */
  private Optional<Mention> nameRightBefore(ParsedDocument d, int cue) {
    int first = d.sentenceBegin(d.sentenceOf(cue));
    int t = cue - 1;
    while (t >= first && (d.tag(t).equals("MD") || d.tag(t).startsWith("RB")
        || d.head(t).filter(h -> h.token() == cue && h.relation().startsWith("aux")).isPresent())) {
      t--;
    }
    if (t >= first && d.word(t).equals(")")) {
      int open = t - 1;
      while (open >= first && open > t - 8 && !d.word(open).equals("(")) {
        open--;
      }
      if (open < first || !d.word(open).equals("(")) {
        return Optional.empty();
      }
      t = open - 1;
    }
    // NER's word, not capitals alone: "a poll released Saturday found" has no name before "found".
    if (t < first || d.isQuoted(t) || !mentions.isNameToken(d, t)
        || !(d.ner(t).equals("PERSON") || d.ner(t).equals("ORGANIZATION"))) {
      return Optional.empty();
    }
    Mention name = mentions.name(d, t);
    return name.last() == t ? Optional.of(name) : Optional.empty();
  }

  /**
   * Whether the cue's subject, its own or the one it shares with the verb it hangs from ("I have
   * decided to ..."), is a first person: "I" or "we".
   */
  private static boolean hasFirstPersonSubject(ParsedDocument d, int cue) {
    return hasPersonalSubject(d, cue, FIRST_PERSON);
  }

  /**
   * Whether the cue's subject, its own or the one it shares with the verb it hangs from, is one
   * of the personal pronouns given, lower-case.
   */
  private static boolean hasPersonalSubject(ParsedDocument d, int cue, Set<String> pronouns) {
    int v = cue;
    for (int depth = 0; depth < 4; depth++) {
      List<Integer> subjects = d.children(v, "nsubj");
      if (!subjects.isEmpty()) {
        int s = subjects.get(0);
        return d.tag(s).equals("PRP") && pronouns.contains(d.word(s).toLowerCase(Locale.ROOT));
      }
      Optional<ParsedDocument.Dependent> head = d.head(v);
      if (head.isEmpty() || !SpeakerSieves.isInheriting(head.get().relation())) {
        return false;
      }
      v = head.get().token();
    }
    return false;
  }

  /**
   * Who speaks a stretch in doubled apostrophes ({open, close} mark tokens): the subject of the
   * first cue after it in the sentence that closes it ("''...,'' Reyes said"), or else of the
   * nearest cue before it in its paragraph outside any such stretch ("said Reyes. ''I ...''").
   */
  private Optional<Mention> doubledSpeaker(ParsedDocument d, int[] stretch) {
    int open = stretch[0];
    int close = stretch[1];
    if (close >= 0) {
      int end = d.sentenceEnd(d.sentenceOf(close));
      for (int t = close + 1; t < end && !DoubledQuotes.isMark(d, t); t++) {
        Optional<Mention> speaker = cueSpeaker(d, t, stretch);
        if (speaker.isPresent()) {
          return speaker;
        }
      }
    }
    int paragraph = QuotationFinder.paragraphBegin(d.text(), d.begin(open));
    boolean inside = false;
    for (int t = open - 1; t >= 0 && d.begin(t) >= paragraph; t--) {
      if (DoubledQuotes.isMark(d, t)) {
        inside = !inside;
        continue;
      }
      if (!inside) {
        Optional<Mention> speaker = cueSpeaker(d, t, stretch);
        if (speaker.isPresent()) {
          return speaker;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of a speech cue outside the quotations and outside the stretch, unless it is a
   * first person itself: in "''I doubt he knows,'' said Reyes" a parse may take "he" for the
   * subject of "said".
   */
  private Optional<Mention> cueSpeaker(ParsedDocument d, int t, int[] stretch) {
    if (d.isQuoted(t) || !speechCues.isCue(d, t) || hasFirstPersonSubject(d, t)) {
      return Optional.empty();
    }
    int close = stretch[1] < 0 ? d.size() : stretch[1];
    Optional<Mention> subject =
        mentions.subjectOf(d, t).filter(m -> m.last() < stretch[0] || m.first() > close);
    if (subject.isPresent() || !DoubledQuotes.isMark(d, t - 1)) {
      return subject;
    }
    // "...,'' said Senator Reyes": the parser may take the closing mark for the subject and hang
    // the name after the cue elsewhere; the name is still the inverted subject.
    return nameAfter(d, t);
  }

  /** The name right after a cue, past up to two role words ("said Senator Reyes"), if any. */
  private Optional<Mention> nameAfter(ParsedDocument d, int cue) {
    int x = cue + 1;
    while (x < d.size() && x <= cue + 2 && mentions.isRoleWord(d, x)) {
      x++;
    }
    return x < d.size() && !d.isQuoted(x) && mentions.isNameToken(d, x)
        ? Optional.of(mentions.name(d, x))
        : Optional.empty();
  }

  /**
   * "The poll shows Reyes trailing Okafor", "records show the fund has paid $2 million": where the
   * parse splits a cue's clause into an object and a loose dependent ("dep") verb after it, the
   * object and that verb's words together are what the cue reports. The verb must be a
   * participle or a finite verb and follow the cue, or its object, right away.
   */
  private Optional<TextSpan> looseClause(ParsedDocument d, int cue) {
    for (int x : d.children(cue, "dep")) {
      Optional<int[]> range = d.subtreeRange(x, MAX_TOKENS);
      if (x < cue || range.isEmpty() || d.isQuoted(x)
          || !(d.tag(x).equals("VBG") || ParsedDocument.isFiniteTag(d.tag(x))
              || !d.children(x, "aux").isEmpty())) {
        continue;
      }
      int start = range.get()[0];
      int object = -1;
      if (start > cue + 1) {
        for (int o : d.children(cue, "obj")) {
          Optional<int[]> objectRange = d.subtreeRange(o, MAX_TOKENS);
          if (objectRange.isPresent() && objectRange.get()[0] == cue + 1
              && objectRange.get()[1] + 1 == start) {
            object = o;
          }
        }
        if (object < 0) {
          continue;
        }
      }
      Optional<TextSpan> span = content(d, object, x, cue, MIN_TOKENS, -1);
      if (span.isPresent()) {
        return span;
      }
    }
    return Optional.empty();
  }

  /**
   * "''Open weights keep us honest,'' Reyes said": the words in doubled apostrophes that close
   * with a comma right before the cue, or before the cue's subject and auxiliaries. The parse
   * often hangs such a stretch from the cue as an adverbial clause, or from its opening mark,
   * rather than as what the cue reports; the marks still show where the content lies. The content
   * runs from the opening mark, or from the start of the cue's sentence where the stretch opened
   * in an earlier one.
   */
  private Optional<TextSpan> doubledClause(ParsedDocument d, int cue) {
    int sentenceFirst = d.sentenceBegin(d.sentenceOf(cue));
    int mark = cue - 1;
    while (mark > sentenceFirst && !DoubledQuotes.isMark(d, mark) && isCuesOwn(d, mark, cue)) {
      mark--;
    }
    if (mark <= sentenceFirst + 1 || !closesDoubledClause(d, mark)) {
      return Optional.empty();
    }
    Optional<int[]> stretch = DoubledQuotes.stretchAround(d, mark - 1);
    if (stretch.isEmpty() || stretch.get()[1] != mark) {
      return Optional.empty();
    }
    return span(d, Math.max(stretch.get()[0] + 1, sentenceFirst), mark - 2);
  }

  /** Whether the token is a doubled mark that closes a clause after its comma: ",''", "?''". */
  private static boolean closesDoubledClause(ParsedDocument d, int t) {
    return t > 0 && DoubledQuotes.isMark(d, t) && CLOSING_PUNCTUATION.contains(d.word(t - 1));
  }

  /**
   * Whether the token before a cue is the cue's subject, an auxiliary or an adverb of the cue
   * ("'' Reyes has often said"): words that may stand between a quotation and its cue.
   */
  private static boolean isCuesOwn(ParsedDocument d, int t, int cue) {
    int x = t;
    for (int depth = 0; depth < 6; depth++) {
      Optional<ParsedDocument.Dependent> head = d.head(x);
      if (head.isEmpty()) {
        return false;
      }
      if (head.get().token() == cue) {
        String relation = head.get().relation();
        return relation.startsWith("nsubj") || relation.startsWith("aux")
            || relation.equals("advmod");
      }
      x = head.get().token();
    }
    return false;
  }

  /**
   * Whether the cue's subject, or the noun a participle cue describes ("a poll showing ..."), is a
   * record: a document, count, survey or message. A singular record without a determiner or owner
   * is a headline's ("Leaked memo shows ..."), which announces the story rather than reports it.
   */
  private boolean isRecordSubject(ParsedDocument d, int cue, OptionalInt described) {
    int subject;
    if (described.isPresent()) {
      subject = described.getAsInt();
    } else {
      List<Integer> subjects = d.children(cue, "nsubj");
      if (subjects.isEmpty()) {
        return false;
      }
      subject = subjects.get(0);
    }
    return mentions.isRecordNoun(d, subject)
        && !(d.tag(subject).equals("NN")
            && d.children(subject, "det").isEmpty()
            && d.children(subject, "nmod:poss").isEmpty());
  }

  /**
   * The noun that a cue participle describes ("a statement saying that ...", "voters arguing that
   * ..."): the participle has no subject of its own, and the noun, or whoever owns or issued it,
   * speaks. Empty where the cue is no such participle.
   */
  private static OptionalInt describedNoun(ParsedDocument d, int cue) {
    if (!d.tag(cue).equals("VBG")) {
      return OptionalInt.empty();
    }
    return d.head(cue)
        .filter(h -> h.relation().equals("acl") && d.tag(h.token()).startsWith("NN"))
        .map(h -> OptionalInt.of(h.token()))
        .orElse(OptionalInt.empty());
  }

  /**
   * The dependents that may carry a cue's content. The parser hangs the infinitive after a noun
   * that is a verb's object from the verb ("announced his decision to publish the weights" gives
   * "publish" to "announced"), so a speech noun that is an object also takes the infinitive that
   * follows it, as the noun's own.
   */
  private static List<ParsedDocument.Dependent> contentDependents(
      ParsedDocument d, int cue, boolean noun) {
    List<ParsedDocument.Dependent> dependents = d.dependents(cue);
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (!noun || head.isEmpty() || !head.get().relation().equals("obj")) {
      return dependents;
    }
    List<ParsedDocument.Dependent> all = new ArrayList<>(dependents);
    for (ParsedDocument.Dependent x : d.dependents(head.get().token())) {
      if (x.relation().equals("xcomp") && x.token() > cue) {
        all.add(new ParsedDocument.Dependent("acl", x.token()));
      }
    }
    return all;
  }

  /**
   * The fewest words a content dependent needs. A short object counts only where it is all the
   * cue says: in "urged the board to act" the object is the listener and the clause after it the
   * content, and "rejected that criticism" points back at a claim already reported.
   */
  private static int minTokens(ParsedDocument d, int cue, int dependent, String relation) {
    boolean demonstrative =
        dependent > 0
            && DEMONSTRATIVES.contains(d.word(dependent - 1).toLowerCase(Locale.ROOT));
    if (relation.equals("xcomp")) {
      // "refused to testify again" is a whole intention in two words.
      return MIN_OBJECT_TOKENS;
    }
    if (!relation.equals("obj")
        || demonstrative
        || d.dependents(cue).stream()
            .anyMatch(x -> x.relation().equals("xcomp") || x.relation().startsWith("ccomp"))) {
      return MIN_TOKENS;
    }
    return MIN_OBJECT_TOKENS;
  }

  private static boolean holdEachOthersCues(ParsedDocument d, ReportedSpeech a, ReportedSpeech b) {
    return holds(a.content(), d.begin(b.cue())) && holds(b.content(), d.begin(a.cue()));
  }

  private static boolean holds(TextSpan span, int offset) {
    return span.begin() <= offset && offset < span.end();
  }

  static boolean isAccordingTo(ParsedDocument d, int t) {
    return d.word(t).equalsIgnoreCase("according")
        && t + 1 < d.size()
        && d.word(t + 1).equalsIgnoreCase("to");
  }

  /** The X of "according to X": the word that "according" marks, by the parse. */
  static OptionalInt accordingToSource(ParsedDocument d, int according) {
    return d.head(according)
        .filter(h -> h.relation().equals("case"))
        .map(h -> OptionalInt.of(h.token()))
        .orElse(OptionalInt.empty());
  }

  /**
   * "Turnout fell, according to the county office": the clause that "according to X" hangs from,
   * without that phrase, is X's claim. X may go unnamed ("according to a report").
   */
  private Optional<ReportedSpeech> accordingTo(ParsedDocument d, int according) {
    OptionalInt source = accordingToSource(d, according);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int x = source.getAsInt();
    Optional<int[]> phrase = d.subtreeRange(x, MAX_TOKENS);
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    int[] p = phrase.get();
    Optional<ParsedDocument.Dependent> clause = d.head(x);
    Optional<TextSpan> content;
    if (clause.isPresent() && clause.get().relation().startsWith("obl")) {
      Optional<int[]> all = d.subtreeRange(clause.get().token(), MAX_TOKENS);
      if (all.isEmpty()) {
        return Optional.empty();
      }
      int[] a = all.get();
      int first = a[0];
      // "has told staff that the plan ..., according to a memo": the clause opens with the mark
      // of its verb, which is no part of what was said, as under a cue.
      while (p[0] > first && isLeadingMark(d, first)) {
        first++;
      }
      if (p[0] > a[0]) {
        // "Since May, according to the audit, the office has lost staff": a source named in the
        // middle of the clause vouches for all of it.
        content = p[1] + 1 < a[1] && d.word(p[1] + 1).equals(",") && continues(d, p[1] + 2, a[1])
            ? span(d, first, a[1])
            : span(d, first, p[0] - 1);
      } else {
        content = span(d, pastAppositive(d, p[1] + 1, a[1]), a[1]);
      }
    } else {
      content = sentenceAround(d, according, p);
    }
    Optional<TextSpan> closing = closingSentence(d, according, p);
    if (closing.isPresent()) {
      content = closing;
    }
    // "according to the company's report" is the company's word.
    Mention speaker =
        mentions.at(d, x)
            .or(() -> mentions.possessor(d, x))
            .or(() -> mentions.documentAuthor(d, x))
            .orElse(null);
    return content.map(c -> new ReportedSpeech(c, according, speaker));
  }

  /**
   * "The fund is reportedly spending $2 million": the clause that an evidential adverb qualifies,
   * adverb and all, is a claim the writer passes on without naming who made it. The adverb must
   * qualify a clause, one with a subject of its own, not a single word.
   */
  private Optional<ReportedSpeech> evidentialClause(ParsedDocument d, int adverb) {
    Optional<ParsedDocument.Dependent> head = d.head(adverb);
    if (head.isEmpty() || !head.get().relation().equals("advmod")) {
      return Optional.empty();
    }
    int predicate = head.get().token();
    boolean clause =
        d.dependents(predicate).stream().anyMatch(x -> x.relation().startsWith("nsubj"));
    if (!clause) {
      return Optional.empty();
    }
    Optional<int[]> range = d.subtreeRange(predicate, MAX_TOKENS);
    if (range.isEmpty()) {
      return Optional.empty();
    }
    int first = range.get()[0];
    while (first < adverb && isLeadingMark(d, first)) {
      first++;
    }
    return span(d, first, range.get()[1]).map(c -> new ReportedSpeech(c, adverb, null));
  }

  /**
   * "As of May, Reyes had 40 delegates and Okafor 12, according to a tally": a source named after
   * a comma at the end of a sentence vouches for all of it, however low the parse hangs the
   * phrase. Empty where the phrase does not close the sentence, or where the sentence holds a cue
   * of its own, whose report the source only confirms.
   */
  private Optional<TextSpan> closingSentence(ParsedDocument d, int according, int[] phrase) {
    int sentence = d.sentenceOf(according);
    int first = d.sentenceBegin(sentence);
    int last = d.sentenceEnd(sentence) - 1;
    while (last > first && isPunct(d, last)) {
      last--;
    }
    if (phrase[1] < last || according - 2 <= first || !d.word(according - 1).equals(",")) {
      return Optional.empty();
    }
    for (int t = first; t < according; t++) {
      if (d.isQuoted(t) || speechCues.isCue(d, t) || attitudeCues.isCue(d, t)
          || isAccordingTo(d, t)) {
        return Optional.empty();
      }
    }
    return span(d, first, according - 2);
  }

  /**
   * Where the parse hangs "according to X" from a noun ("a bill of $80,000, according to the
   * audit"), the phrase still qualifies its whole sentence when it closes the sentence after a
   * comma or opens it before one: the rest of the sentence is X's claim.
   */
  private Optional<TextSpan> sentenceAround(ParsedDocument d, int according, int[] phrase) {
    int sentence = d.sentenceOf(according);
    int first = d.sentenceBegin(sentence);
    int last = d.sentenceEnd(sentence) - 1;
    while (last > first && isPunct(d, last)) {
      last--;
    }
    if (phrase[1] >= last && according > first && d.word(according - 1).equals(",")) {
      return span(d, first, according - 2);
    }
    if (according == first && phrase[1] + 1 < last && d.word(phrase[1] + 1).equals(",")) {
      return span(d, pastAppositive(d, phrase[1] + 2, last), last);
    }
    if (according == first && phrase[1] >= last) {
      // The parse may make the source the root of the sentence, with the claim hanging under it:
      // the source's name and the comma after it still show where the claim begins.
      OptionalInt source = accordingToSource(d, according);
      Optional<Mention> name =
          source.isPresent() ? mentions.at(d, source.getAsInt()) : Optional.empty();
      if (name.isPresent() && name.get().last() + 1 < last
          && d.word(name.get().last() + 1).equals(",")) {
        int start = pastAppositive(d, name.get().last() + 2, last);
        if (continues(d, start, last)) {
          return span(d, start, last);
        }
      }
    }
    return Optional.empty();
  }

  /** Appositives longer than this many tokens are taken for part of the claim. */
  private static final int MAX_APPOSITIVE_TOKENS = 15;

  /**
   * Where the claim after "According to X," begins: past an appositive or a relative clause that
   * describes X and ends at a comma ("According to Priya Shah, the firm's head of policy, the
   * firm will ..."), where a clause follows the comma; else at {@code start}. A stretch that opens
   * with a noun and the clause after it that opens with "which" ("the plan, which ...") is the
   * claim's own subject, not an appositive.
   */
  private int pastAppositive(ParsedDocument d, int start, int last) {
    int first = start <= last && d.word(start).equals(",") ? start + 1 : start;
    boolean relative = first <= last && (d.tag(first).equals("WP") || d.tag(first).equals("WP$"));
    for (int t = first; t <= last && t - first <= MAX_APPOSITIVE_TOKENS; t++) {
      String tag = d.tag(t);
      if (d.isQuoted(t) || isQuoteMark(d.word(t))
          || !relative && ParsedDocument.isVerbTag(tag)) {
        return start;
      }
      if (d.word(t).equals(",")) {
        return t > first && isClause(d, t + 1, last) ? t + 1 : start;
      }
    }
    return start;
  }

  /**
   * Whether the stretch is a clause of a claim's length that a relative word does not open, with a
   * token that is the subject of a verb in it.
   */
  private static boolean isClause(ParsedDocument d, int first, int last) {
    if (first > last || words(d, first, last) < MIN_TOKENS || d.tag(first).startsWith("W")) {
      return false;
    }
    for (int t = first; t <= last; t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().startsWith("nsubj")
          && head.get().token() >= first && head.get().token() <= last) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whose claim, concern or warning a speech noun is: its owner ("Reyes's claim that"), or the
   * subject of the verb it is the object of ("she expressed concern that").
   */
  private Optional<Mention> nounSpeaker(ParsedDocument d, int noun) {
    Optional<Mention> owner = mentions.namedPossessor(d, noun);
    if (owner.isPresent()) {
      return owner;
    }
    // "his support for the levy", "their claim that ...": a possessive pronoun owns the words as
    // a name would, and stands for whoever it refers to.
    for (int possessive : d.children(noun, "nmod:poss")) {
      if (d.tag(possessive).equals("PRP$")) {
        Optional<Mention> pronoun = mentions.reference(d, possessive);
        if (pronoun.isPresent()) {
          return pronoun;
        }
      }
    }
    return d.head(noun)
        .filter(h -> h.relation().equals("obj"))
        .flatMap(h -> mentions.subjectOf(d, h.token()));
  }

  /**
   * The object that a cue's prepositional content goes with: in "blamed the governor for the
   * delays" and "described the plan as reckless" the object and the phrase after it are read
   * together, as one thing said about the object. An infinitive is not: in "urged the board to
   * act" the object is the listener, and the content only what they are urged to do. -1 where the
   * content is no such phrase or no object stands between the cue and it.
   */
  private static int objectBefore(ParsedDocument d, int cue, ParsedDocument.Dependent content,
      String relation) {
    if (!(relation.startsWith("obl:") || relation.startsWith("advcl:"))) {
      return -1;
    }
    for (int object : d.children(cue, "obj")) {
      if (cue < object && object < content.token() && !d.isQuoted(object)) {
        return object;
      }
    }
    return -1;
  }

  /**
   * The "as" phrase that goes with a cue's object: in "slammed the plan as too vague" and "cast
   * herself as an outsider" what is said is the object with its phrase, not the object alone.
   * The phrase must be the cue's own, follow the object and have no subject of its own. Empty
   * where there is none.
   */
  private static OptionalInt asPhraseAfter(ParsedDocument d, int cue, int object) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      if (x.token() > object
          && (d.matches(x, "obl:as") || d.matches(x, "advcl:as"))
          && !d.isQuoted(x.token())
          // "as she left the hall" dates the words; only a phrase without a subject describes.
          && d.dependents(x.token()).stream()
              .noneMatch(y -> y.relation().startsWith("nsubj") || y.relation().equals("expl"))) {
        return OptionalInt.of(x.token());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The object after a naming verb's first object, which the parse takes for an indirect one: in
   * "called her rival a liar" and "calls himself a socialist" what is said is both together, the
   * one named and the name. Empty where no object follows it.
   */
  private static OptionalInt objectAfter(ParsedDocument d, int cue, int indirect) {
    for (int object : d.children(cue, "obj")) {
      if (object > indirect && !d.isQuoted(object)) {
        return OptionalInt.of(object);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The last word of a cue's object with the phrases that the parse hangs from the cue but that
   * go on describing the object: in "applauded the mayor's ability to work across party lines" and
   * "recalled her generosity in support of the food bank" the infinitive and the prepositional
   * phrase belong to what was said. Only phrases that follow the object without a break, are no
   * content of the cue in their own right and date nothing ("on Tuesday") count. -1 where none
   * follows.
   */
  private int objectRunsTo(ParsedDocument d, int cue, int object, List<String> relations) {
    Optional<int[]> objectRange = d.subtreeRange(object, MAX_TOKENS);
    if (objectRange.isEmpty() || objectRange.get()[0] < cue) {
      return -1;
    }
    // "criticized Reyes on the radio": a phrase after a lone word tells where or how it was said;
    // only an infinitive goes on from it ("announced plans to merge").
    boolean lone = words(d, objectRange.get()[0], objectRange.get()[1]) < MIN_OBJECT_TOKENS;
    // "announced his decision to publish the weights": the infinitive is the speech noun's own
    // content, which the noun reports.
    boolean speechNoun = isSpeechNoun(d, object);
    int last = objectRange.get()[1];
    int runsTo = -1;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (ParsedDocument.Dependent x : d.dependents(cue)) {
        if (x.token() <= last || !RUN_ON_RELATIONS.contains(base(x.relation()))
            || x.relation().equals("obl:tmod") || x.relation().equals("obl:npmod")
            || isContentRelation(d, x, relations) || TIME_CLASSES.contains(d.ner(x.token()))
            || isTimeWord(d, x.token())
            || (isInfinitive(x) ? speechNoun : lone)) {
          continue;
        }
        Optional<int[]> range = d.subtreeRange(x.token(), MAX_TOKENS);
        if (range.isEmpty() || range.get()[0] != last + 1) {
          continue;
        }
        int end = range.get()[1];
        boolean quoted = false;
        for (int t = range.get()[0]; t <= end; t++) {
          quoted |= d.isQuoted(t) || isQuoteMark(d.word(t));
        }
        if (quoted) {
          return runsTo;
        }
        last = end;
        runsTo = end;
        extended = true;
      }
    }
    return runsTo;
  }

  /** Whether the token is a noun of what someone said or holds: "claim", "support", "warning". */
  private boolean isSpeechNoun(ParsedDocument d, int t) {
    return d.tag(t).startsWith("NN") && speechNouns.contains(d.lemma(t));
  }

  private static boolean isInfinitive(ParsedDocument.Dependent x) {
    return x.relation().equals("xcomp") || x.relation().equals("acl");
  }

  /** Whether the word names a time: a month, a weekday, a year, or a span of the calendar. */
  private static boolean isTimeWord(ParsedDocument d, int t) {
    String w = d.word(t).toLowerCase(Locale.ROOT);
    return TIME_WORDS.contains(w) || YEAR.matcher(w).matches();
  }

  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /**
   * Whether the cue's lexicon lists the dependent's relation as content of its own; {@code
   * relations} as {@link CueVerbs#relationsIn} gives them.
   */
  private static boolean isContentRelation(
      ParsedDocument d, ParsedDocument.Dependent x, List<String> relations) {
    for (String rel : relations) {
      if (!READING_MARKERS.contains(rel) && !rel.equals(REST_OF_CLAUSE) && d.matches(x, rel)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words under a content dependent, from those of the object before it where there is one
   * ({@link #objectBefore}), without a leading "that" or preposition.
   */
  private Optional<TextSpan> content(
      ParsedDocument d, int object, int dependent, int cue, int minTokens, int runsTo) {
    Optional<int[]> subtree = d.subtreeRange(dependent, MAX_TOKENS);
    if (subtree.isEmpty()) {
      return Optional.empty();
    }
    int[] range = subtree.get();
    int first = range[0];
    int last = Math.max(range[1], runsTo);
    if (object >= 0) {
      Optional<int[]> objectRange = d.subtreeRange(object, MAX_TOKENS);
      if (objectRange.isPresent() && objectRange.get()[0] > cue) {
        first = Math.min(first, objectRange.get()[0]);
      }
    }
    if (first <= cue && cue <= last) {
      return Optional.empty();
    }
    // "''... because I meant to level the field,'' Reyes said": a closing doubled mark ends what
    // the words inside the stretch report, however far the parse runs on past it.
    for (int t = Math.max(first, cue) + 1; t <= last; t++) {
      if (closesDoubledClause(d, t)) {
        last = t - 2;
        break;
      }
    }
    while (first <= last && (isLeadingMark(d, first) && first < dependent || isPunct(d, first))) {
      first++;
    }
    if (first == last && first > 0 && isInfinitiveMark(d, first - 1, first)) {
      // "declined to comment", "refused to testify": an intention of a single verb keeps its
      // "to", without which it would be a fragment of one word.
      first--;
    }
    // "... that the plan works, according to a memo": the source named at the end tells how the
    // words are known, and is no part of them.
    for (int t = first + MIN_TOKENS; t < last; t++) {
      if (d.word(t).equals(",") && isAccordingTo(d, t + 1)) {
        last = t - 1;
        break;
      }
    }
    // "He said: ''The plan is late. It will cost more.''": a content that opens a doubled stretch
    // goes on to the stretch's closing mark, as a quotation in double marks would, however many
    // sentences the stretch holds.
    last = toClosingMark(d, first, last);
    return span(d, first, last, minTokens);
  }

  /**
   * Where a content opens with a doubled mark ({@link DoubledQuotes}) whose stretch closes in a
   * later sentence, the last word before the closing mark; else {@code last}. The stretch must
   * hold no quotation or quotation mark between the content's end and its close.
   */
  private static int toClosingMark(ParsedDocument d, int first, int last) {
    int open = first;
    while (open < last && isPunct(d, open) && !DoubledQuotes.isMark(d, open)) {
      open++;
    }
    if (!DoubledQuotes.isMark(d, open)) {
      return last;
    }
    Optional<int[]> stretch = DoubledQuotes.stretchAround(d, open + 1);
    if (stretch.isEmpty() || stretch.get()[0] != open || stretch.get()[1] <= last
        || d.sentenceOf(stretch.get()[1]) == d.sentenceOf(last)) {
      return last;
    }
    for (int t = last + 1; t < stretch.get()[1]; t++) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        return last;
      }
    }
    return stretch.get()[1] - 1;
  }

  /**
   * Whether a leading word only marks the content ("that", "to", "of"), rather than being part of
   * it, as the subject in "said that was a mistake" is.
   */
  private static boolean isLeadingMark(ParsedDocument d, int t) {
    if (!LEADING_MARKS.contains(d.word(t).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Optional<ParsedDocument.Dependent> head = d.head(t);
    return head.isEmpty()
        || head.get().relation().equals("mark")
        || head.get().relation().equals("case");
  }

  /**
   * Whether the cue's own subject is people the text leaves unnamed, a plural noun of persons:
   * "party leaders hope that ...", "supporters plan to ...". What they want or intend is their
   * position, as a named person's is; a record ("polls") or an institution ("the agencies") is no
   * such subject.
   */
  private boolean hasPeopleSubject(ParsedDocument d, int cue) {
    if (!mentions.hasUnnamedSubject(d, cue)) {
      return false;
    }
    for (int s : d.children(cue, "nsubj")) {
      if (d.tag(s).equals("NNS") && !mentions.isRecordNoun(d, s)
          && mentions.at(d, s).map(m -> mentions.actorKind(d, m).equals("PERSON")).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a relative word before the cue stands for what its infinitive acts on: in "a bill that
   * the council declined to take up" the infinitive's object is the bill, outside the clause, so
   * "take up" alone reports nothing.
   */
  private static boolean hasRelativeObject(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      int t = x.token();
      if (t < cue && (d.tag(t).equals("WDT") || d.tag(t).equals("WP"))
          && !x.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token is the "to" that marks the infinitive {@code verb}. */
  private static boolean isInfinitiveMark(ParsedDocument d, int t, int verb) {
    return d.word(t).equalsIgnoreCase("to")
        && d.tag(verb).equals("VB")
        && d.head(t).filter(h -> h.token() == verb && h.relation().equals("mark")).isPresent();
  }

  /** A verb contracted onto a pronoun, which the tagger may read as a possessive ("it’s"). */
  private static boolean isContractedVerb(ParsedDocument d, int t) {
    return t > 0
        && d.word(t).matches("['\u2019](s|re|m)")
        && (d.tag(t - 1).equals("PRP") || d.tag(t - 1).equals("EX") || d.tag(t - 1).equals("DT"));
  }

  /**
   * Whether the cue is a participle in the passive without an auxiliary or subject of its own
   * ("Asked about the audit, Reyes ..."), whose content was put to the subject, not said by it.
   */
  private static boolean isPassiveParticiple(ParsedDocument d, int cue) {
    if (!d.tag(cue).equals("VBN")) {
      return false;
    }
    return d.dependents(cue).stream()
        .noneMatch(x -> x.relation().startsWith("aux") || x.relation().startsWith("nsubj"))
        && d.head(cue)
            .filter(h -> h.relation().equals("advcl") || h.relation().equals("dep"))
            .isPresent();
  }

  /**
   * Whether the cue is negated ("did not respond", "never answered"), so that it reports what was
   * not said.
   */
  private static boolean isNegated(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      String w = d.word(x.token()).toLowerCase(Locale.ROOT);
      if (x.relation().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a colon that opens a quotation follows the span. */
  private static boolean opensQuotationAfter(ParsedDocument d, TextSpan span) {
    int next = d.tokenAtOrAfter(span.end());
    return next + 1 < d.size() && d.word(next).equals(":") && d.isQuoted(next + 1);
  }

  /**
   * The name right after a cue that follows its content after a comma ("..., said Tiago Pereira"),
   * where the parse makes the name the cue's object: nothing the cue reports comes after it, so
   * the name is no listener but the inverted subject.
   */
  private Optional<Mention> invertedObjectName(ParsedDocument d, int cue) {
    if (cue < 1 || !d.word(cue - 1).equals(",")
        || d.children(cue, "ccomp").stream().noneMatch(c -> c < cue)
        || d.children(cue, "ccomp").stream().anyMatch(c -> c > cue)) {
      return Optional.empty();
    }
    for (int object : d.children(cue, "obj")) {
      Optional<Mention> name = mentions.at(d, object)
          .filter(m -> m.kind() == Mention.Kind.NAME && m.first() == cue + 1);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** Whether a cue's subject follows it, or the cue follows a quotation that it attributes. */
  private static boolean isInverted(ParsedDocument d, int cue) {
    for (int s : d.children(cue, "nsubj")) {
      if (s > cue) {
        return true;
      }
    }
    int before = cue - 1;
    while (before >= 0 && (d.word(before).equals(",") || isQuoteMark(d.word(before)))) {
      if (isQuoteMark(d.word(before))) {
        return true;
      }
      before--;
    }
    return before >= 0 && d.isQuoted(before);
  }

  /**
   * The bare clause after a finite cue whose parse went astray ("Reyes says the county budget is
   * the worst in a decade", where "budget" may come out as the verb's object): from the word after
   * the cue, or after its "that", to the end of the sentence, short of a quotation. The clause
   * must open with a subject's first word and hold a finite verb, so that "said on Monday" or
   * "said nothing" give nothing.
   */
  private Optional<TextSpan> clauseAfter(ParsedDocument d, int cue) {
    String tag = d.tag(cue);
    // A perfect ("has said") reports as a past does; a passive ("was told") does not.
    boolean perfect =
        tag.equals("VBN")
            && d.dependents(cue).stream().anyMatch(x -> x.relation().equals("aux"))
            && d.children(cue, "aux:pass").isEmpty()
            && d.children(cue, "nsubj:pass").isEmpty();
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG")
        || perfect)) {
      return Optional.empty();
    }
    int end = d.sentenceEnd(d.sentenceOf(cue));
    int first = cue + 1;
    if (first < end && d.word(first).equalsIgnoreCase("that")) {
      first++;
    }
    if (first >= end
        || d.isQuoted(first)
        || !(CLAUSE_OPENERS.contains(d.tag(first)) || d.word(first).equalsIgnoreCase("if"))
        || TIME_CLASSES.contains(d.ner(first))) {
      return Optional.empty();
    }
    if (end - first > MAX_TOKENS) {
      // A run-on sentence is no one claim; and scanning it for every cue would cost its square.
      return Optional.empty();
    }
    int last = first;
    int comma = -1;
    boolean finite = false;
    for (int t = first; t < end; t++) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        // Content that runs into a quotation is left to the quotation.
        return Optional.empty();
      }
      if (d.word(t).equals(";")) {
        break;
      }
      if (isAccordingTo(d, t) || t > first && speechCues.isCue(d, t)) {
        // "..., according to X" and "..., he added" close the content at their comma.
        if (comma > first) {
          last = comma - 1;
          break;
        }
        if (isAccordingTo(d, t)) {
          break;
        }
      }
      if (d.word(t).equals(",")) {
        comma = t;
      }
      String wordTag = d.tag(t);
      finite |= ParsedDocument.isFiniteTag(wordTag) || isContractedVerb(d, t);
      last = t;
    }
    return finite ? span(d, first, last) : Optional.empty();
  }

  /**
   * "Open weights are safer, he said": the clause that a trailing cue hangs from. A cue set inside
   * the clause ("Open weights, he said, are safer") gives the whole sentence, which is how news
   * reports such a claim.
   */
  private Optional<TextSpan> trailingClause(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().equals("parataxis")) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(cue);
    int first = d.sentenceBegin(sentence);
    Optional<int[]> cueRange = d.subtreeRange(cue, MAX_TOKENS);
    if (cueRange.isEmpty() || cueRange.get()[0] <= first) {
      return Optional.empty();
    }
    int last = d.sentenceEnd(sentence) - 1;
    // "Demir, a lawyer: the rules, he says, will protect incumbents": words before a colon label
    // or introduce what follows it, and are no part of the claim.
    for (int t = cueRange.get()[0] - 1; t > first; t--) {
      if (d.word(t).equals(":") && !d.isQuoted(t)) {
        first = t + 1;
        break;
      }
    }
    if (head.get().token() < cue) {
      // "It was no surprise, Reyes said, that the bill failed": a cue set off by commas in the
      // middle of the sentence reports the whole of it, though the parse hangs it from the part
      // before.
      return goesOnAfter(d, cue, cueRange.get(), last)
          ? span(d, first, last)
          : span(d, first, cueRange.get()[0] - 1);
    }
    // The cue's subtree may hold the commas that set it off, or stop short of them.
    int open = cueRange.get()[0];
    boolean inside = cueRange.get()[1] < last && (isPunct(d, open) || isPunct(d, open - 1));
    return inside ? span(d, first, last) : Optional.empty();
  }

  /**
   * The sentence that an "as" clause of saying opens reports what the clause's subject said: in
   * "As Reyes noted, the audit came late", the rest of the sentence after the comma. The clause
   * must stand first in its sentence and report nothing of its own ("As Reyes put it, ..." has
   * only "it" for an object); "As Reyes said the plan would, ..." is no such clause.
   */
  private Optional<TextSpan> asClause(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().startsWith("advcl")
        || head.get().token() < cue
        || d.children(cue, "mark").stream().noneMatch(m -> d.word(m).equalsIgnoreCase("as"))
        || d.dependents(cue).stream().anyMatch(x -> reportsContent(x)
            && !(x.relation().equals("obj") && d.word(x.token()).equalsIgnoreCase("it")))) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(cue);
    Optional<int[]> cueRange = d.subtreeRange(cue, MAX_TOKENS);
    int last = d.sentenceEnd(sentence) - 1;
    if (cueRange.isEmpty() || cueRange.get()[0] != d.sentenceBegin(sentence)) {
      return Optional.empty();
    }
    int comma = cueRange.get()[1] + 1;
    if (comma >= last || !d.word(comma).equals(",") || !continues(d, comma + 1, last)) {
      return Optional.empty();
    }
    return span(d, comma + 1, last);
  }

  /**
   * Whether the sentence goes on after a cue set inside it: the cue, with no content of its own,
   * stands between commas ("..., he said in an interview, ..."), and after the second comma come
   * words of the claim, not a participle telling what the speaker did ("..., he said, wiping his
   * brow") or another report.
   */
  private boolean goesOnAfter(ParsedDocument d, int cue, int[] cueRange, int last) {
    boolean setOff = isPunct(d, cueRange[0]) || cueRange[0] > 0 && isPunct(d, cueRange[0] - 1);
    if (!setOff || d.tag(cue).equals("VBG")
        || d.dependents(cue).stream().anyMatch(ReportedSpeechFinder::reportsContent)) {
      return false;
    }
    OptionalInt next = afterClosingComma(d, cue, cueRange[1], last);
    // "..., he said, wiping his brow" tells what the speaker did while speaking.
    return next.isPresent() && !d.tag(next.getAsInt()).equals("VBG")
        && continues(d, next.getAsInt(), last);
  }

  /**
   * The word after the comma that closes a cue set inside its sentence, where only words that
   * date or place the saying ("said in May") stand between, none of them past {@code maxComma},
   * quoted or punctuation; empty where no such comma comes before {@code last}.
   */
  private static OptionalInt afterClosingComma(ParsedDocument d, int cue, int maxComma, int last) {
    int comma = cue + 1;
    while (comma <= last && !d.word(comma).equals(",")) {
      if (comma > maxComma || d.isQuoted(comma) || isPunct(d, comma)) {
        return OptionalInt.empty();
      }
      comma++;
    }
    return comma + 1 <= last ? OptionalInt.of(comma + 1) : OptionalInt.empty();
  }

  /** Whether a cue's dependent is reported content of its own: a clause or an object. */
  private static boolean reportsContent(ParsedDocument.Dependent x) {
    return x.relation().startsWith("ccomp") || x.relation().startsWith("xcomp")
        || x.relation().equals("obj");
  }

  /**
   * "The costs are hard to foresee, most economists say, because the rise has no precedent": a
   * cue whose clause comes before it, set off by commas with its subject before it, reports the
   * whole sentence when the sentence goes on after the second comma with words of the claim
   * ({@link #continues}), as a cue set inside its clause does ({@link #trailingClause}). Not an
   * inverted cue ("..., said Reyes, a lawyer"), whose words after the comma describe the speaker,
   * nor a participle telling what the speaker did, nor a doubled quotation resumed after the cue,
   * which is a second claim. Empty where the sentence does not go on so.
   */
  private Optional<TextSpan> pastMedialCue(ParsedDocument d, int cue, int clause) {
    Optional<int[]> clauseRange = d.subtreeRange(clause, MAX_TOKENS);
    Optional<int[]> cueRange = d.subtreeRange(cue, MAX_TOKENS);
    if (clauseRange.isEmpty() || cueRange.isEmpty() || d.tag(cue).equals("VBG")
        || isInverted(d, cue) || d.children(cue, "nsubj").stream().noneMatch(x -> x < cue)) {
      return Optional.empty();
    }
    int clauseEnd = clauseRange.get()[1];
    int last = d.sentenceEnd(d.sentenceOf(cue)) - 1;
    while (last > cue && isPunct(d, last)) {
      last--;
    }
    // The rest of the sentence must hang from the cue, which reports nothing else after it.
    if (clauseEnd + 1 >= cue || !d.word(clauseEnd + 1).equals(",") || cueRange.get()[1] < last
        || d.dependents(cue).stream().anyMatch(x -> x.token() > cue && reportsContent(x))) {
      return Optional.empty();
    }
    for (int t = clauseEnd + 2; t < cue; t++) {
      if (isPunct(d, t) || d.isQuoted(t)) {
        return Optional.empty();
      }
    }
    // The second comma closes the cue and the few words that date or place it ("say today").
    OptionalInt after = afterClosingComma(d, cue, cue + MAX_CUE_TAIL, last);
    if (after.isEmpty()) {
      return Optional.empty();
    }
    int next = after.getAsInt();
    if (d.tag(next).equals("VBG") || DoubledQuotes.isMark(d, next)
        || isQuoteMark(d.word(next)) || !continues(d, next, last)) {
      return Optional.empty();
    }
    return span(d, clauseRange.get()[0], last);
  }

  /**
   * How far after a cue set inside its sentence, in tokens, the comma that closes it may stand:
   * the words between date or place the saying ("say today", "said in May").
   */
  private static final int MAX_CUE_TAIL = 4;

  /**
   * Whether the words from {@code next} to {@code last} go on with the clause before a source set
   * off by commas: at least a claim's worth of words, not a relative clause describing the source,
   * and holding no cue of another report.
   */
  private boolean continues(ParsedDocument d, int next, int last) {
    while (next <= last && isQuoteMark(d.word(next))) {
      next++;
    }
    if (words(d, next, last) < MIN_TOKENS) {
      return false;
    }
    String tag = d.tag(next);
    if (tag.equals("WDT") || tag.equals("WP")) {
      return false;
    }
    for (int t = next; t <= last; t++) {
      if (isAccordingTo(d, t) || speechCues.isCue(d, t) || attitudeCues.isCue(d, t)) {
        return false;
      }
    }
    return true;
  }

  private Optional<TextSpan> span(ParsedDocument d, int first, int last) {
    return span(d, first, last, MIN_TOKENS);
  }

  private Optional<TextSpan> span(ParsedDocument d, int first, int last, int minTokens) {
    while (last >= first && isPunct(d, last)) {
      last--;
    }
    while (first <= last && isPunct(d, first)) {
      first++;
    }
    if (last - first + 1 < minTokens) {
      return Optional.empty();
    }
    for (int t = first; t <= last; t++) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        return Optional.empty();
      }
    }
    // A relative clause set off by a comma at the end only describes the last thing named
    // ("..., who does not need to ..."); the claim ends before it.
    for (int t = first + MIN_TOKENS; t < last; t++) {
      if (d.word(t).equals(",") && (d.tag(t + 1).equals("WDT") || d.tag(t + 1).equals("WP"))
          && !d.word(t + 1).equalsIgnoreCase("what")
          && !isMedialRelativeClause(d, t + 1, last)) {
        last = t - 1;
        break;
      }
    }
    return Optional.of(new TextSpan(d.begin(first), d.end(last)));
  }

  /**
   * Whether the relative clause that the word opens closes at a comma before the span ends, with
   * the clause it interrupts going on after it: in "the governor, who must sign the bill, has
   * said nothing" the claim runs on past the relative clause.
   */
  private static boolean isMedialRelativeClause(ParsedDocument d, int relative, int last) {
    Optional<ParsedDocument.Dependent> head = d.head(relative);
    if (head.isEmpty()) {
      return false;
    }
    Optional<ParsedDocument.Dependent> clause = d.head(head.get().token());
    int verb = clause.isPresent() && clause.get().relation().startsWith("acl:relcl")
        ? head.get().token() : -1;
    if (verb < 0 && head.get().relation().startsWith("nsubj")) {
      verb = head.get().token();
    }
    if (verb < 0) {
      return false;
    }
    Optional<int[]> range = d.subtreeRange(verb, MAX_TOKENS);
    if (range.isEmpty()) {
      return false;
    }
    int end = range.get()[1];
    int next = d.word(end).equals(",") ? end + 1 : end + 2;
    if (next > last || !d.word(next - 1).equals(",")) {
      return false;
    }
    if (d.tag(next).startsWith("RB") && next < last) {
      next++;
    }
    return ParsedDocument.isVerbTag(d.tag(next));
  }

  /** The words from {@code first} to {@code last}, both included, that are no punctuation. */
  private static int words(ParsedDocument d, int first, int last) {
    int n = 0;
    for (int t = first; t <= last; t++) {
      if (!isPunct(d, t)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isPunct(ParsedDocument d, int t) {
    String tag = d.tag(t);
    return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("``")
        || tag.equals("''") || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.equals("HYPH")
        || Dashes.isDialogueDash(d.word(t));
  }

  private static boolean isQuoteMark(String word) {
    return word.contains("\"") || word.contains("\u201C") || word.contains("\u201D")
        || word.contains("\u00AB") || word.contains("\u00BB")
        || word.equals("``") || word.equals("''");
  }

  /**
   * Whether a cue whose form is also a plural noun ("states") is the noun: read as the verb only
   * where its subject is one that can state something, a pronoun, a person, an organization or a
   * record ("It states that ...", "Reyes states that ...", "the charter states that ..."), not a
   * place, a day or a count ("Iron Belt states", "Market Day states").
   */
  private boolean isPluralNounReading(ParsedDocument d, int cue) {
    if (!NOUN_LIKE_FORMS.contains(d.word(cue))) {
      return false;
    }
    List<Integer> subjects = d.children(cue, "nsubj");
    if (subjects.isEmpty()) {
      return true;
    }
    int subject = subjects.get(0);
    return !(d.tag(subject).equals("PRP")
        || mentions.isRecordNoun(d, subject)
        || d.ner(subject).equals("PERSON")
        || d.ner(subject).equals("ORGANIZATION"));
  }

  /**
   * Whether an attitude cue reports a poll's share rather than a stand: its subject is a count or
   * a share ("23 percent favored Okafor", "15 percent backed Reyes"), or a split between shares
   * follows it ("officers favored Reyes 46 percent to 32 percent"). A share that "would" or "will"
   * back someone answers a poll's question about a choice ahead, which news reports as a stand.
   */
  private static boolean isPollShare(ParsedDocument d, int cue) {
    if (d.children(cue, "aux").stream().anyMatch(a -> d.tag(a).equals("MD"))) {
      return false;
    }
    List<Integer> subjects = d.children(cue, "nsubj");
    if (!subjects.isEmpty()) {
      int subject = subjects.get(0);
      if (SHARE_WORDS.contains(d.word(subject).toLowerCase(Locale.ROOT))
          || d.tag(subject).equals("CD")) {
        return true;
      }
    }
    int sentence = d.sentenceOf(cue);
    int last = Math.min(d.size() - 1, cue + 10);
    for (int t = cue + 1; t + 3 <= last && d.sentenceOf(t + 3) == sentence; t++) {
      if (d.tag(t).equals("CD")
          && SHARE_WORDS.contains(d.word(t + 1).toLowerCase(Locale.ROOT))
          && SPLIT_WORDS.contains(d.word(t + 2).toLowerCase(Locale.ROOT))
          && d.tag(t + 3).equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue is in the past tense ("knew", "did not know") with a first-person subject. */
  private static boolean isFirstPersonPast(ParsedDocument d, int cue) {
    boolean past = d.tag(cue).equals("VBD")
        || d.children(cue, "aux").stream().anyMatch(a -> d.tag(a).equals("VBD"));
    return past && hasFirstPersonSubject(d, cue);
  }
}
