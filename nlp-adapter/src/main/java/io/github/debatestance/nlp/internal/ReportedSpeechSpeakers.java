package io.github.debatestance.nlp.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Who speaks a cue where the parse gives it no plain subject: the speaker of the cue that reports
 * the cue's clause, a name right before or right after the cue that the parse hung elsewhere, the
 * owner of a speech noun, the noun a participle describes, and whoever a stretch in doubled
 * apostrophes quotes. Also whether a cue's subject is a first or a second person, which changes
 * whose words a clause is.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportedSpeechSpeakers {

  /** The pronouns of the speaker. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  private final CueVerbs speechCues;
  private final MentionReader mentions;

  /**
   * @param speechCues verbs of saying, whose subjects speak
   * @param mentions reads the speakers
   */
  ReportedSpeechSpeakers(CueVerbs speechCues, MentionReader mentions) {
    this.speechCues = speechCues;
    this.mentions = mentions;
  }

  /**
   * The speaker of the speech cue whose reported clause holds the cue: in "Reyes claimed that
   * Okafor wanted to cut the levy", Reyes. Empty where no speech cue reports the cue's clause in
   * its sentence, or one whose subject names no one does.
   */
  Optional<Mention> reportingSpeaker(ParsedDocument d, int cue) {
    OptionalInt reporting = d.reportingCue(cue, h -> speechCues.isCue(d, h), false);
    return reporting.isPresent() ? mentions.subjectOf(d, reporting.getAsInt()) : Optional.empty();
  }

  /**
   * Whose claim, concern or warning a speech noun is: its owner ("Reyes's claim that"), or the
   * subject of the verb it is the object of ("she expressed concern that").
   */
  Optional<Mention> nounSpeaker(ParsedDocument d, int noun) {
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
          return localSubject(d, noun, pronoun.get()).or(() -> pronoun);
        }
      }
    }
    OptionalInt verb = holdingVerb(d, noun);
    if (verb.isPresent()) {
      return mentions.subjectOf(d, verb.getAsInt());
    }
    // "Reyes released a letter of concern about the levy", "the board sent a memo in opposition
    // to the toll": the stand a letter or a memo states is whoever owns or issued it.
    Optional<ParsedDocument.Dependent> head = d.head(noun);
    if (head.isEmpty() || !head.get().relation().startsWith("nmod")
        || head.get().relation().equals("nmod:poss") || head.get().token() >= noun
        || !mentions.isSourceNoun(d, head.get().token())) {
      return Optional.empty();
    }
    int source = head.get().token();
    return mentions.namedPossessor(d, source).or(() -> mentions.issuer(d, source));
  }

  /**
   * The subject of the clause whose object is the speech noun a possessive pronoun owns, where the
   * pronoun agrees with it: in "Quill toned down her criticism of the levy", "Reyes shared his
   * belief that ..." and "the growers were harsh in their criticism", the pronoun points back
   * to the subject of its own clause, whatever name the sentence gives last. Only the verb's
   * object and its phrase with "in": in "Quill praised Reyes for his support", the pronoun may
   * as well be the object's.
   */
  private Optional<Mention> localSubject(ParsedDocument d, int noun, Mention pronoun) {
    OptionalInt verb = holdingVerb(d, noun);
    if (verb.isEmpty()) {
      return Optional.empty();
    }
    // The clause's own subject, not one the parse lets it share with a verb above it.
    List<Integer> own = d.children(verb.getAsInt(), "nsubj");
    return mentions.subjectOf(d, verb.getAsInt())
        .filter(s -> s.last() < pronoun.first()
            && own.stream().anyMatch(t -> s.first() <= t && t <= s.last())
            && agrees(d, pronoun, s));
  }

  /** Whether a possessive pronoun can point back to the subject: in kind, number and gender. */
  private boolean agrees(ParsedDocument d, Mention pronoun, Mention subject) {
    String word = d.word(pronoun.head()).toLowerCase(Locale.ROOT);
    if (subject.kind() == Mention.Kind.PRONOUN) {
      return POSSESSIVE_OF.getOrDefault(d.word(subject.head()).toLowerCase(Locale.ROOT), "")
          .equals(word);
    }
    if (word.equals("their")) {
      // People named together ("growers"), or a plural name ("Republicans").
      return subject.kind() == Mention.Kind.GROUP
          || subject.kind() == Mention.Kind.NAME && d.tag(subject.head()).equals("NNPS");
    }
    if (subject.kind() != Mention.Kind.NAME) {
      return false;
    }
    String kind = mentions.actorKind(d, subject);
    if (word.equals("its")) {
      return kind.equals("ORGANIZATION");
    }
    String gender = mentions.personGender(d, List.of(subject), subject);
    return kind.equals("PERSON")
        && (gender.equals("NONE") || gender.equals(mentions.pronounGender(d, pronoun)));
  }

  /** The possessive of each subject pronoun. */
  private static final Map<String, String> POSSESSIVE_OF =
      Map.of("he", "his", "she", "her", "they", "their", "it", "its");

  /**
   * Whether a speech noun in a verb's phrase with "in" tells how the verb's subject, named or not,
   * acted: in "nine members voted in favour of the levy" the members take a stand, as in "nine
   * members said ..." they speak, though they name no one. (The object of a verb is not read so:
   * in "few members liked the board's choice to ..." the choice is the board's.)
   */
  boolean hasUnnamedHolder(ParsedDocument d, int noun) {
    return d.head(noun)
        .filter(h -> d.matches(new ParsedDocument.Dependent(h.relation(), noun), "obl:in"))
        .map(h -> mentions.hasSubject(d, h.token()))
        .orElse(false);
  }

  /**
   * The verb whose subject holds a speech noun: "she expressed concern that ...", and "voted in
   * favour of the levy", "stood in opposition to the deal", where a noun that is the verb's object,
   * or its phrase with "in", tells the stand of the verb's subject.
   */
  private static OptionalInt holdingVerb(ParsedDocument d, int noun) {
    return d.head(noun)
        .filter(h -> h.relation().equals("obj")
            || d.matches(new ParsedDocument.Dependent(h.relation(), noun), "obl:in"))
        .map(h -> OptionalInt.of(h.token()))
        .orElse(OptionalInt.empty());
  }

  /**
   * The noun that a cue participle describes ("a statement saying that ...", "voters arguing that
   * ..."): the participle has no subject of its own, and the noun, or whoever owns or issued it,
   * speaks. Empty where the cue is no such participle.
   */
  static OptionalInt describedNoun(ParsedDocument d, int cue) {
    if (!d.tag(cue).equals("VBG")) {
      return OptionalInt.empty();
    }
    return d.head(cue)
        .filter(h -> h.relation().equals("acl") && d.tag(h.token()).startsWith("NN"))
        .map(h -> OptionalInt.of(h.token()))
        .orElse(OptionalInt.empty());
  }

  /**
   * The verb that a cue gerund after "by" hangs from: in "Reyes closed by stressing that ..." and
   * "responded by insisting that ..." the gerund tells how the verb's subject spoke, and that
   * subject is the speaker. Other prepositions mostly set the gerund beside the verb in time or
   * circumstance ("in defending his votes", "after meeting donors") rather than say how the verb's
   * subject acted, so only "by" counts. Empty where the cue is no such gerund.
   */
  static OptionalInt prepositionalGerundHead(ParsedDocument d, int cue) {
    if (!d.tag(cue).equals("VBG")
        || d.dependents(cue).stream().anyMatch(x -> x.relation().startsWith("nsubj"))) {
      return OptionalInt.empty();
    }
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !(head.get().relation().equals("obl")
            || head.get().relation().equals("advcl"))
        || !d.tag(head.get().token()).startsWith("VB")
        || d.dependents(cue).stream().noneMatch(x -> x.token() < cue
            && (x.relation().equals("case") || x.relation().equals("mark"))
            && d.word(x.token()).equalsIgnoreCase("by"))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(head.get().token());
  }

  /**
   * Whether the parse took a participle that opens the sentence for the cue's subject: in
   * "Reached by the Ledger, a weary Quill agreed that ..." the participle describes the subject,
   * which the parse then hangs elsewhere, and the name right before the cue is the one it lost.
   */
  static boolean hasParticipleForSubject(ParsedDocument d, int cue) {
    List<Integer> subjects = d.children(cue, "nsubj");
    return subjects.size() == 1 && subjects.get(0) < cue
        && (d.tag(subjects.get(0)).equals("VBN") || d.tag(subjects.get(0)).equals("VBG"));
  }

  /**
   * The finite verb that the parse took for the cue's subject, right before the cue with at most
   * "to" and adverbs between: in "Quill went on to insist that ..." or "Quill continued to
   * assert ...", a parse gone astray may make the first verb the subject of the second, whose
   * speaker is then the name right before that verb. Empty where the cue has no such subject.
   */
  static OptionalInt verbForSubject(ParsedDocument d, int cue) {
    List<Integer> subjects = d.children(cue, "nsubj");
    if (subjects.size() != 1 || subjects.get(0) >= cue
        || !ParsedDocument.isFiniteTag(d.tag(subjects.get(0)))) {
      return OptionalInt.empty();
    }
    int verb = subjects.get(0);
    for (int x = verb + 1; x < cue; x++) {
      if (!d.tag(x).equals("TO") && !d.tag(x).startsWith("RB") && !d.tag(x).equals("RP")) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(verb);
  }

  /**
   * The verb of the main clause that a cue joined by "and" or "but" goes on from, where the parse
   * hung the cue on the verb of a relative clause inside that verb's object: in "Quill thanked the
   * bakers who kept the market open, and said the levy would go", Quill speaks, not the bakers.
   * Read so only where a comma stands before the joining word, or the two verbs differ in form
   * ("the groups that invited them and say ..."), which a relative clause's own coordinated verbs
   * mostly share. Empty where the cue is no such verb.
   */
  static OptionalInt mainVerbAcrossRelative(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().equals("conj") || head.get().token() >= cue
        || !d.children(cue, "nsubj").isEmpty()) {
      return OptionalInt.empty();
    }
    int relative = head.get().token();
    OptionalInt joiner = OptionalInt.empty();
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      String w = d.word(x.token()).toLowerCase(Locale.ROOT);
      if (x.relation().equals("cc") && x.token() == cue - 1
          && (w.equals("and") || w.equals("but"))) {
        joiner = OptionalInt.of(x.token());
      }
    }
    if (joiner.isEmpty()
        || !(d.word(joiner.getAsInt() - 1).equals(",") || !d.tag(cue).equals(d.tag(relative)))) {
      return OptionalInt.empty();
    }
    List<Integer> subjects = d.children(relative, "nsubj");
    if (subjects.size() != 1 || !(d.tag(subjects.get(0)).startsWith("W")
        || d.word(subjects.get(0)).equalsIgnoreCase("that"))) {
      return OptionalInt.empty();
    }
    Optional<ParsedDocument.Dependent> described = d.head(relative)
        .filter(h -> h.relation().equals("acl:relcl") && d.tag(h.token()).startsWith("NN"));
    int t = described.map(ParsedDocument.Dependent::token).orElse(-1);
    // Up from the noun the clause describes, through the nouns and phrases that hold it, to the
    // verb whose object or phrase it is.
    for (int depth = 0; t >= 0 && depth < 6; depth++) {
      Optional<ParsedDocument.Dependent> up = d.head(t);
      if (up.isEmpty()) {
        return OptionalInt.empty();
      }
      int u = up.get().token();
      String r = up.get().relation();
      if (d.tag(u).startsWith("VB")) {
        return (r.equals("obj") || r.startsWith("obl")) && u < relative && !d.isQuoted(u)
            ? OptionalInt.of(u) : OptionalInt.empty();
      }
      if (!r.startsWith("nmod") && !r.equals("conj")) {
        return OptionalInt.empty();
      }
      t = u;
    }
    return OptionalInt.empty();
  }

  /**
   * Whether the cue is a finite verb, or one with an auxiliary, that the parse gives no subject of
   * its own and hangs loosely (as "dep") or not at all: a parse gone astray, not a participle or
   * an infinitive that shares the subject of its head.
   */
  static boolean isLooseFiniteVerb(ParsedDocument d, int cue) {
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
   * after the name ("Reyes (D-Ore.) has said") or an aside set off by commas or dashes ("Reyes,
   * asked about the levy, said"; see {@link #asideOpening}), in the cue's sentence. Empty where
   * another word stands between them.
   */
  Optional<Mention> nameRightBefore(ParsedDocument d, int cue) {
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
    boolean asideSkipped = false;
    if (t >= first && (d.word(t).equals(",") || Dashes.isDialogueDash(d.word(t)))) {
      int open = asideOpening(d, t, first);
      if (open < 0) {
        return Optional.empty();
      }
      t = open - 1;
      asideSkipped = true;
    }
    // NER's word, not capitals alone: "a poll released Saturday found" has no name before "found".
    if (t < first || d.isQuoted(t) || !mentions.isNameToken(d, t)
        || !(d.ner(t).equals("PERSON") || d.ner(t).equals("ORGANIZATION"))) {
      return Optional.empty();
    }
    Mention name = mentions.name(d, t);
    // "an aide to Reyes, who ..., said": a name that completes a noun before an aside only
    // places that noun, which is the one the aside and the verb go on with.
    if (asideSkipped
        && d.head(name.head()).filter(h -> h.relation().startsWith("nmod")).isPresent()) {
      return Optional.empty();
    }
    return name.last() == t ? Optional.of(name) : Optional.empty();
  }

  /** How many tokens an aside set off between a name and its verb may run to. */
  private static final int MAX_ASIDE = 30;

  /**
   * Where an aside that the token {@code close} ends opens: the comma or dash before it, where
   * the words between describe the name before them as an aside does, and no mark of the same
   * kind stands between. A comma's aside is a relative clause ("Reyes, who chairs the panel,
   * said") or a participle's phrase ("Reyes, asked about the levy, said"); a dash's may be any
   * words ("Reyes — a tanner by trade — said"). -1 where there is no such aside.
   */
  private static int asideOpening(ParsedDocument d, int close, int first) {
    boolean comma = d.word(close).equals(",");
    for (int x = close - 1; x >= first && x > close - MAX_ASIDE; x--) {
      String w = d.word(x);
      if (d.isQuoted(x) || DoubledQuotes.isMark(d, x) || w.equals(".") || w.equals(";")) {
        return -1;
      }
      if (comma ? w.equals(",") : Dashes.isDialogueDash(w)) {
        if (x + 1 >= close) {
          return -1;
        }
        String next = d.word(x + 1).toLowerCase(Locale.ROOT);
        String tag = d.tag(x + 1);
        boolean aside = !comma || next.equals("who") || next.equals("which") || next.equals("whose")
            || tag.equals("VBN") || tag.equals("VBG") || tag.equals("VBD");
        return aside ? x : -1;
      }
    }
    return -1;
  }

  /**
   * The name right after a cue, past up to two role words ("said Senator Reyes"); else the name
   * that the description right after it gives ("said another reader, Ada Quill"), if any.
   */
  Optional<Mention> nameAfter(ParsedDocument d, int cue) {
    int x = cue + 1;
    while (x < d.size() && x <= cue + 2 && mentions.isRoleWord(d, x)) {
      x++;
    }
    if (x < d.size() && !d.isQuoted(x) && mentions.isNameToken(d, x)) {
      return Optional.of(mentions.name(d, x));
    }
    // The description runs to the end of its clause: a verb, a relative pronoun or a mark.
    int end = d.sentenceEnd(d.sentenceOf(cue));
    int last = cue;
    while (last + 1 < Math.min(end, cue + 1 + MAX_DESCRIPTION)
        && isDescriptionWord(d, last + 1)) {
      last++;
    }
    return describedName(d, cue + 1, last);
  }

  /** How many tokens a description of a speaker set beside a cue may run to. */
  private static final int MAX_DESCRIPTION = 30;

  /**
   * Whether a token may stand in a noun phrase that describes a speaker, with its appositives and
   * the phrases that place it: no verb, relative pronoun, quotation or mark that ends a clause.
   */
  private static boolean isDescriptionWord(ParsedDocument d, int t) {
    String tag = d.tag(t);
    String w = d.word(t);
    return !d.isQuoted(t) && !DoubledQuotes.isMark(d, t)
        && !tag.startsWith("VB") && !tag.equals("MD") && !tag.startsWith("W")
        && !w.equals(".") && !w.equals(";") && !w.equals(":") && !w.equals("?")
        && !w.equals("!") && !Dashes.isDashRun(w);
  }

  /**
   * The person that a phrase describing a speaker names, from {@code first} to {@code last}: the
   * first name in it that modifies no noun after it ("a Halden Radio host", "the Courier's
   * editor") and that no preposition places ("a friend of Reyes"), unless a comma sets it off as
   * the description's appositive ("an old friend from Lund, Ada Quill"). A phrase that names no
   * one so gives no speaker: "an aide to Reyes" is not Reyes.
   */
  private Optional<Mention> describedName(ParsedDocument d, int first, int last) {
    boolean placed = false;
    for (int t = first; t <= last; t++) {
      if (d.word(t).equals(",")) {
        placed = false;
        continue;
      }
      if (mentions.isNameToken(d, t)) {
        Mention name = mentions.name(d, t);
        int next = name.last() + 1;
        boolean modifies = next <= last
            && (d.tag(next).startsWith("NN") || d.tag(next).equals("POS"));
        if (!placed && !modifies && name.first() == t && name.last() <= last) {
          return Optional.of(name);
        }
        t = Math.max(t, name.last());
        continue;
      }
      String tag = d.tag(t);
      placed |= tag.equals("IN") || tag.equals("TO");
    }
    return Optional.empty();
  }

  /**
   * The name right after a cue that follows its content after a comma ("..., said Tiago Pereira"),
   * where the parse makes the name the cue's object: nothing the cue reports comes after it, so
   * the name is no listener but the inverted subject.
   */
  Optional<Mention> invertedObjectName(ParsedDocument d, int cue) {
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

  /**
   * Who speaks a stretch in doubled apostrophes ({open, close} mark tokens): the subject of the
   * first cue after it in the sentence that closes it ("''...,'' Reyes said"), or else of the
   * nearest cue before it in its paragraph outside any such stretch ("said Reyes. ''I ...''").
   */
  Optional<Mention> doubledSpeaker(ParsedDocument d, int[] stretch) {
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
    if (subject.isEmpty()) {
      subject = nameAfterClosingMark(d, t);
    }
    if (subject.isPresent() || !DoubledQuotes.isMark(d, t - 1)) {
      return subject;
    }
    // "...,'' said Senator Reyes": the parser may take the closing mark for the subject and hang
    // the name after the cue elsewhere; the name is still the inverted subject.
    return nameAfter(d, t);
  }

  /**
   * Whether the cue stands right after a closing doubled mark and has a subject of its own before
   * that mark: in "...as much as he does,'' said Reyes", the parse may make "he" the subject of
   * "said", but a subject inside the quotation cannot be the inverted cue's speaker. A subject
   * the cue only shares with a verb before it ("...told ''The Harbour Hour,'' adding that ...")
   * is not its own.
   */
  static boolean hasOwnSubjectBeforeClosingMark(ParsedDocument d, int cue) {
    int mark = cue - 1;
    if (!DoubledQuotes.isMark(d, mark)) {
      return false;
    }
    return d.children(cue, "nsubj").stream().anyMatch(subject -> subject < mark);
  }

  /**
   * The name between a closing doubled mark and the cue right after it: in "...,'' Ms. Reyes
   * said", the parse may hang the name anywhere but as the cue's subject (as a clausal subject,
   * say), yet standing there it can be nothing else. Empty where other words stand between.
   */
  Optional<Mention> nameAfterClosingMark(ParsedDocument d, int cue) {
    Optional<Mention> name = nameRightBefore(d, cue);
    int first = d.sentenceBegin(d.sentenceOf(cue));
    if (name.isEmpty()) {
      return describedBeforeCue(d, cue, first);
    }
    int x = name.get().first() - 1;
    while (x >= first && (d.word(x).equals(",") || mentions.isRoleWord(d, x))) {
      x--;
    }
    return x >= first && DoubledQuotes.isMark(d, x) ? name : Optional.empty();
  }

  /**
   * The name that a description between a closing doubled mark and the cue gives: "...,'' the
   * county's spokesman, Ivo Marek, said", "...,'' Ada Quill, a lecturer in law at Lund, wrote".
   * Only where nothing but the description stands between them.
   */
  private Optional<Mention> describedBeforeCue(ParsedDocument d, int cue, int first) {
    int last = cue - 1;
    while (last >= first && (d.tag(last).equals("MD") || d.tag(last).startsWith("RB")
        || d.head(last).filter(h -> h.token() == cue && h.relation().startsWith("aux"))
            .isPresent())) {
      last--;
    }
    int x = last;
    while (x >= first && x > last - MAX_DESCRIPTION && isDescriptionWord(d, x)) {
      x--;
    }
    return x >= first && x < last && DoubledQuotes.closesClause(d, x)
        ? describedName(d, x + 1, last)
        : Optional.empty();
  }

  /**
   * Whether the cue's subject, its own or the one it shares with the verb it hangs from ("I have
   * decided to ..."), is a first person: "I" or "we".
   */
  static boolean hasFirstPersonSubject(ParsedDocument d, int cue) {
    return hasPersonalSubject(d, cue, FIRST_PERSON);
  }

  /**
   * Whether the cue's subject, its own or the one it shares with the verb it hangs from, is one
   * of the personal pronouns given, lower-case.
   */
  static boolean hasPersonalSubject(ParsedDocument d, int cue, Set<String> pronouns) {
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
}
