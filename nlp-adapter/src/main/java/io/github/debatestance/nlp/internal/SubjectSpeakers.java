package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.MentionHeads.sameLine;
import static io.github.debatestance.nlp.internal.MentionHeads.span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Who speaks as a verb's subject: the mention the subject stands for, or where it names no one,
 * the name the parse hangs near it (the noun a relative clause describes, a name in apposition to
 * a role, the owner of a source, a name the subject introduces); the speaker of a participle after
 * a comma; who issued a source noun; and whether the subject is a source the text leaves unnamed.
 *
 * <p>Immutable and thread-safe.
 */
final class SubjectSpeakers {

  private final MentionHeads heads;
  private final SubjectTokens tokens;
  private final NounOwners owners;
  private final Lexicon roleNouns;
  private final Lexicon unnamedSources;
  private final Lexicon issuingVerbs;
  private final GroupMentions groups;
  private final RecordMentions records;

  /**
   * @param heads reads the mention at a token
   * @param tokens finds a verb's subject token
   * @param owners reads whose a noun is
   * @param roleNouns nouns that name a role ("spokesman")
   * @param unnamedSources nouns of sources the text leaves unnamed ("officials", "study")
   * @param issuingVerbs verbs that issue a text ("issued a statement")
   * @param groups reads people the text names only together ("critics", "Quill and Marek")
   * @param records reads records cited without their author ("a new poll")
   */
  SubjectSpeakers(
      MentionHeads heads,
      SubjectTokens tokens,
      NounOwners owners,
      Lexicon roleNouns,
      Lexicon unnamedSources,
      Lexicon issuingVerbs,
      GroupMentions groups,
      RecordMentions records) {
    this.heads = heads;
    this.tokens = tokens;
    this.owners = owners;
    this.roleNouns = roleNouns;
    this.unnamedSources = unnamedSources;
    this.issuingVerbs = issuingVerbs;
    this.groups = groups;
    this.records = records;
  }

  /**
   * Whether the verb's subject is a source the text leaves unnamed: "officials said", "a study
   * found", "analysts argue". What a single such source says is a claim without a speaker; a
   * plural of people ("officials", "analysts") speaks as a group ({@link #subjectOf}).
   */
  boolean hasUnnamedSubject(ParsedDocument d, int verb) {
    for (int s : d.children(verb, "nsubj")) {
      if (!d.isQuoted(s)
          && d.tag(s).startsWith("NN")
          && !heads.isNameToken(d, s)
          && (unnamedSources.contains(d.lemma(s)) || roleNouns.contains(d.lemma(s)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker mention that is the subject of a cue verb. A participle ("..., claiming it ...")
   * or a coordinated verb takes the subject of the verb it hangs from; "Brennan's posts" speak
   * for Brennan, and "analysts such as Lena Forsberg" for Forsberg. Where the subject names no
   * one, people the text names only together speak as a group ("critics", "some", see {@link
   * GroupMentions}), and names coordinated as the subject speak jointly ("Quill and Marek").
   */
  Optional<Mention> subjectOf(ParsedDocument d, int verb) {
    OptionalInt objectVerb = verbBeforeSubjectAcrossComma(d, verb);
    if (objectVerb.isPresent()) {
      // "Quill fired her chief, Ivo Marek, acknowledging that ...": the parse made the object
      // before the comma the participle's subject; the participle goes on from the clause whose
      // verb takes that object, and its subject speaks.
      int clause = objectVerb.getAsInt();
      // "... and Quill fired her chief": a parse this lost may also have lost that verb's
      // subject, which is then the name right before it.
      Optional<Mention> goesOn = clause == 0 || d.hasOwnSubject(clause) || d.isQuoted(clause - 1)
          ? speakerOfClause(d, clause)
          : heads.at(d, clause - 1)
              .filter(m -> m.kind() == Mention.Kind.NAME && m.last() == clause - 1)
              .or(() -> speakerOfClause(d, clause));
      if (goesOn.isPresent()) {
        return goesOn;
      }
    }
    int v = clauseAboveParticiple(d, verb);
    // Whether the walk has climbed out of an adverbial or loose clause, whose subject the parse
    // often failed to find ("Few were surprised, as Reyes (D-Ore.) has said ...").
    boolean outOfClause = v != verb;
    for (int depth = 0; depth < 4; depth++) {
      Optional<Mention> opener = nameBeforeClosedRelative(d, v);
      if (opener.isPresent()) {
        return opener;
      }
      OptionalInt subject = tokens.subjectOrCausedAgent(d, v);
      if (subject.isPresent()) {
        int s = floatedFrom(d, subject.getAsInt(), v);
        if (d.isQuoted(s)) {
          return Optional.empty();
        }
        Optional<Mention> quantified = namesBeforeQuantifier(d, s);
        if (quantified.isPresent()) {
          return quantified;
        }
        if (d.tag(s).startsWith("W") || d.word(s).equalsIgnoreCase("that")) {
          // "Reyes, who said ...": a relative clause's subject is the noun the clause describes.
          Optional<ParsedDocument.Dependent> described =
              d.head(v).filter(h -> h.relation().equals("acl:relcl"));
          int noun = described.map(ParsedDocument.Dependent::token).orElse(s - 1);
          Optional<Mention> member = noun >= 0 ? copularSubject(d, noun) : Optional.empty();
          if (member.isPresent()) {
            return member;
          }
          if (described.isEmpty()) {
            // A parse that hangs the clause loosely ("Reyes, who chaired the panel and said ...")
            // still leaves the name right before ", who", where no other subject stands between
            // "who" and the cue.
            return hasSubjectBetween(d, s, verb) ? Optional.empty() : nameBeforeWho(d, s);
          }
          // "Reyes released a video that accuses ...": a record speaks for whoever issued it.
          return described.flatMap(h -> heads.at(d, h.token()).or(() -> issuer(d, h.token())));
        }
        Optional<Mention> antecedent = relativeAntecedent(d, s, v);
        if (antecedent.isPresent()) {
          return antecedent;
        }
        // "Advisers to the senator said": a plural of people that opens the sentence is no name,
        // whatever its capital made of it; it speaks as a group (below).
        Optional<Mention> m = groups.isOpeningPlural(d, s) || isOpeningRecord(d, s)
            ? Optional.empty()
            : heads.at(d, s).map(x -> heads.nameBeforeHeadlineVerb(d, x));
        if (m.isEmpty()) {
          m = surnameAlone(d, s);
        }
        if (m.isEmpty() && depth == 0) {
          // Only the verb's own subject: a place that a participle or a coordinated verb would
          // inherit is more often a parse gone astray than a government that speaks.
          m = placeName(d, s);
        }
        if (m.isEmpty()) {
          m = owners.sourceAuthor(d, s);
        }
        if (m.isEmpty() && owners.isRecordNoun(d, s)) {
          // "The letter, organised by Marta Klein, argues ...": its author speaks.
          m = owners.issuedBy(d, s);
        }
        if (m.isEmpty()) {
          // "Several mayors, including Quill and Marek, said": the group gives the names only as
          // examples of itself, and speaks as one.
          Optional<Mention> group = groups.withMembersSetOff(d, s, verb);
          if (group.isPresent()) {
            return group;
          }
        }
        if (m.isEmpty() || m.get().kind() == Mention.Kind.ROLE) {
          int current = v;
          // "The finance minister, Ines Lind, said", "One of the authors, Ada Brennan, said": the
          // name the description is given.
          Optional<Mention> named = appositiveName(d, s)
              .or(() -> titledConjunct(d, s))
              .or(() -> personRightAfter(d, s, current))
              .or(() -> appositiveInSubject(d, s, current));
          if (named.isPresent()) {
            // "Two critics, Ada Quill and Ivo Marek, said": the names given speak jointly.
            return named.map(n -> jointly(d, n));
          }
        }
        if (m.isEmpty()) {
          // "A longtime aide to Quill said": the aide speaks, not Quill, whom the text names only
          // to place the aide.
          m = groups.describedAt(d, s);
        }
        if (m.isEmpty()) {
          m = owners.namedWithin(d, s);
          // "Allies of Brenner said", "Voters in Halden and Norby said": a person or place that
          // relates or places a group of people does not speak for it; the group does. An
          // organisation the group belongs to ("researchers at Halden Labs") and a member the
          // phrase introduces ("critics such as Quill") still speak.
          if (m.isPresent() && !outOfClause
              && !d.ner(m.get().head()).equals("ORGANIZATION")
              && !groups.introducesMember(d, s, m.get().first())) {
            // Only a group whose phrase takes the name in, so that the speaker still names it.
            Mention name = m.get();
            Optional<Mention> group = groups.unnamedAt(d, s)
                .filter(g -> g.first() < name.first() && g.last() >= name.last());
            if (group.isPresent()) {
              m = group;
            }
          } else if (m.isPresent() && groups.introducesMember(d, s, m.get().first())) {
            // "Critics such as Quill and Marek argue": the members it introduces speak jointly.
            m = m.map(n -> jointly(d, n));
          }
        }
        if (m.isEmpty()) {
          m = nameReadAsNoun(d, s);
        }
        if (m.isEmpty() && depth == 0) {
          // "Residents of Orvel and Lisk said": a name that the group's own phrase holds places
          // the group, which speaks (below).
          Optional<Mention> group = groups.unnamedAt(d, s);
          m = coordinatedNameBefore(d, s, v)
              .filter(n -> group.map(g -> n.first() > g.last()).orElse(true));
        }
        if (m.isEmpty() && !outOfClause) {
          // "Critics said", "Some argue": people the text names only together speak as one group.
          // Only as the subject of the verb or of a verb it is coordinated with or completes: a
          // group above an adverbial clause is more often a parse gone astray than its speaker.
          m = groups.unnamedAt(d, s);
        } else if (m.isPresent() && m.get().head() == s) {
          // "Quill and Marek said": the two speak jointly, as one group.
          m = m.map(n -> jointly(d, n));
        }
        if (m.isEmpty()
            && (!outOfClause || RecordMentions.isParticipleReadAsVerb(d, v))
            && d.head(s).filter(h -> h.relation().equals("nsubj")).isPresent()) {
          // "A new poll found ...", "the memo states ...": a record cited without its author
          // speaks for itself; so does "the report published Monday showed ...", where the parse
          // took the participle for the verb and hung the cue loosely from it.
          m = records.at(d, s);
        }
        return m;
      }
      Optional<ParsedDocument.Dependent> head = d.head(v);
      if (head.isEmpty() || !SpeakerSieves.sharesSubjectOfHead(d, v)) {
        return Optional.empty();
      }
      String relation = head.get().relation();
      outOfClause |= relation.startsWith("advcl") || relation.equals("dep")
          || relation.equals("obl");
      v = head.get().token();
    }
    return Optional.empty();
  }

  /**
   * The clause a participle after a comma goes on from, where the parse hangs it from a clause that
   * is itself subordinate: one a subordinating conjunction opens ("Reyes spoke after the senator
   * won, remarking ...", "Reyes said that the levy would pass, adding ...") or one that completes
   * a noun ("rejected the notion that critics could walk away, arguing ..."). Such a participle
   * goes on from the clause above, whose subject speaks; the parse's choice is the nearest verb,
   * not the clause. The verb itself where the parse leaves no such choice.
   */
  private static int clauseAboveParticiple(ParsedDocument d, int verb) {
    if (verb < 1 || !d.tag(verb).equals("VBG") || !d.word(verb - 1).equals(",")
        || d.hasOwnSubject(verb)) {
      return verb;
    }
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    if (head.isEmpty()
        || !(head.get().relation().startsWith("advcl") || head.get().relation().equals("dep"))) {
      return verb;
    }
    int clause = head.get().token();
    for (int depth = 0; depth < 4 && isSubordinate(d, clause); depth++) {
      // The verb above the clause, past a noun that the clause completes.
      OptionalInt above = d.verbAbove(clause, 3);
      if (above.isEmpty()) {
        return verb;
      }
      clause = above.getAsInt();
    }
    return clause == head.get().token() ? verb : clause;
  }

  /**
   * Whether a verb's clause is subordinate: a subordinating conjunction marks it ("after",
   * "that"; not the "to" of an infinitive), or it completes a noun. A mark that reaches over a
   * quotation to its verb ("Quill cannot say that "...," Reyes added") is a parse gone astray,
   * and marks nothing.
   */
  private static boolean isSubordinate(ParsedDocument d, int verb) {
    return d.dependents(verb).stream()
            .anyMatch(x -> x.relation().equals("mark") && d.tag(x.token()).equals("IN")
                && !quotedBetween(d, x.token(), verb))
        || d.head(verb).filter(h -> h.relation().equals("acl")).isPresent();
  }

  private static boolean quotedBetween(ParsedDocument d, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (d.isQuoted(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject a quantifier floats from: in "Quill and Marek have both argued" and "the two
   * rivals, Quill and Marek, have both urged", the parse makes "both" a subject of the verb beside
   * the phrase it quantifies, which names who speaks. Any other subject is itself.
   */
  private int floatedFrom(ParsedDocument d, int s, int verb) {
    if (!groups.isQuantifierWord(d, s) || !d.children(s, "nmod").isEmpty()) {
      return s;
    }
    for (int other : d.children(verb, "nsubj")) {
      if (other < s && !d.isQuoted(other) && d.tag(other).startsWith("NN")) {
        return other;
      }
    }
    return s;
  }

  /**
   * Whether the token is a record noun that the tagger read as a name only because it opens its
   * sentence with a capital: "Research conducted for the council showed ...". NER gives it no
   * name; the record speaks, named as it is cited (below).
   */
  private boolean isOpeningRecord(ParsedDocument d, int t) {
    return MentionHeads.opensSentenceAsUnknownName(d, t) && records.isRecordNoun(d, t);
  }

  /**
   * Where a participle after a comma has, in the parse, a subject of its own before that comma
   * while it hangs from a verb before its subject, the verb nearest before that subject: the parse
   * took the verb's object for the subject of an absolute clause ("fired her chief, Ivo Marek,
   * acknowledging ..."), which would be written without the comma ("her chief acknowledging
   * ..."). Empty for any other verb.
   */
  private static OptionalInt verbBeforeSubjectAcrossComma(ParsedDocument d, int verb) {
    if (verb < 2 || !d.tag(verb).equals("VBG") || !d.word(verb - 1).equals(",")) {
      return OptionalInt.empty();
    }
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    List<Integer> subjects = d.children(verb, "nsubj");
    if (head.isEmpty() || subjects.isEmpty() || !d.tag(head.get().token()).startsWith("VB")) {
      return OptionalInt.empty();
    }
    int subject = subjects.get(0);
    if (head.get().token() >= subject || subject >= verb - 1) {
      return OptionalInt.empty();
    }
    int first = Math.max(d.sentenceBegin(d.sentenceOf(verb)), subject - 10);
    for (int t = subject - 1; t >= first; t--) {
      if (d.isQuoted(t)) {
        break;
      }
      if (d.tag(t).startsWith("VB") && !d.tag(t).equals("VBG")
          && d.head(t).filter(h -> h.relation().equals("amod")).isEmpty()) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The names coordinated right before a quantifier that the parse made the subject on its own:
   * in "as candidates Quill and Marek both sought to ...", the parse may hang the names elsewhere
   * and leave "both" the subject of "sought"; the names it quantifies speak jointly. Empty where no
   * coordination of names ends right before it.
   */
  private Optional<Mention> namesBeforeQuantifier(ParsedDocument d, int s) {
    if (s < 1 || !groups.isQuantifierWord(d, s) || !d.children(s, "nmod").isEmpty()
        || d.isQuoted(s - 1) || !heads.isNameToken(d, s - 1)) {
      return Optional.empty();
    }
    Mention last = heads.name(d, s - 1);
    Optional<ParsedDocument.Dependent> up = d.head(last.head());
    if (last.last() != s - 1 || up.isEmpty() || !up.get().relation().equals("conj")
        || !heads.isNameToken(d, up.get().token())) {
      return Optional.empty();
    }
    return groups.jointAt(d, heads.name(d, up.get().token()));
  }

  /**
   * A subject that is a surname the document gives in full elsewhere, where the tagger read it as
   * a common word and NER left it out: "Stone, who chairs the board, said" after "Ruth Stone", or
   * "Grant wrote" after "Lena Grant". A role noun is never a surname here ("Judge").
   */
  private Optional<Mention> surnameAlone(ParsedDocument d, int s) {
    String w = d.word(s);
    if (!d.ner(s).equals("O") || d.tag(s).startsWith("PRP") || d.tag(s).startsWith("W")
        || w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))
        || roleNouns.contains(d.lemma(s)) || !d.isSurname(w)) {
      return Optional.empty();
    }
    return Optional.of(new Mention(Mention.Kind.NAME, s, s, s, w));
  }

  /**
   * A subject that the tagger read as a common noun and NER left out, but that the document writes
   * as a name: "Politico reported that ..." where the text also has "according to Politico". Only
   * a singular noun with no determiner, which a common noun of English rarely is as a subject;
   * never a role, a record or a source the text leaves unnamed. The evidence that it is a name is
   * one of these:
   *
   * <ul>
   *   <li>the text writes it capitalised in running text and never in lower case;
   *   <li>it ends a run of capitalised words glued by hyphens ("Brightly-X says ..."), and the text
   *       writes that whole run in running text and never in lower case;
   *   <li>it opens its sentence with nothing hung on it and the text never writes it in lower
   *       case: a common noun that can stand bare as a subject is a mass noun ("Evidence shows
   *       ..."), which a text rarely uses only once and only at the start of a sentence, while a
   *       name it does not know the tagger takes for a noun for the capital it shares with the
   *       sentence's first word.
   * </ul>
   */
  private Optional<Mention> nameReadAsNoun(ParsedDocument d, int s) {
    String w = d.word(s);
    if (!d.ner(s).equals("O") || !d.tag(s).equals("NN")
        || !Character.isUpperCase(w.codePointAt(0))
        || roleNouns.contains(d.lemma(s)) || unnamedSources.contains(d.lemma(s))
        || !d.children(s, "det").isEmpty()
        // A piece of a word the tokenizer split ("PeÃ" of a garbled "Peña") is no name alone.
        || s + 1 < d.size() && d.end(s) == d.begin(s + 1)
            && Character.isLetterOrDigit(d.text().codePointAt(d.begin(s + 1)))) {
      return Optional.empty();
    }
    int first = s;
    while (first >= 2 && d.word(first - 1).equals("-") && d.joinsNeighbours(first - 1)
        && MentionHeads.isCapitalised(d.word(first - 2)) && d.ner(first - 2).equals("O")
        && !d.isQuoted(first - 2)) {
      first -= 2;
    }
    String name = span(d, first, s);
    boolean written;
    if (first < s) {
      written = isNameInRunningText(d.text(), name);
    } else {
      written = w.length() >= 3 && (d.isNameInRunningText(w) || opensSentenceAlone(d, s));
    }
    return written && name.length() >= 3
        ? Optional.of(new Mention(Mention.Kind.NAME, first, s, s, name))
        : Optional.empty();
  }

  /**
   * Whether the word opens its sentence with nothing hung on it, and the text never writes it in
   * lower case: "Politico reported ...", not "Part of the plan involves ..." (a noun with a
   * phrase after it), nor a record ("Polling shows ...").
   */
  private boolean opensSentenceAlone(ParsedDocument d, int s) {
    return s == d.sentenceBegin(d.sentenceOf(s))
        && !d.isWrittenInLowerCase(d.word(s))
        && !records.isRecordNoun(d, s)
        && d.dependents(s).stream().allMatch(x -> x.relation().equals("punct"));
  }

  /**
   * Whether the text writes a name of several tokens right after a lower-case word ("of
   * Brightly-X") and nowhere in lower case.
   */
  private static boolean isNameInRunningText(String text, String name) {
    Pattern afterLowerCase = Pattern.compile(
        "(?<![\\p{L}-])\\p{Ll}+\\s+" + Pattern.quote(name) + "(?![\\p{L}-])");
    return afterLowerCase.matcher(text).find()
        && !text.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The speaker of a participle after a comma ("Reyes went after the governor, calling him ...",
   * "Brennan argued that the levy would help, saying it is ..."): the subject of the clause it
   * goes on from; where that subject names no speaker ("the levy"), the subject of the clause that
   * holds it; and where the parse gives the main verb no subject that reads as one, the name right
   * before it. Empty for any other verb.
   */
  Optional<Mention> participleSpeaker(ParsedDocument d, int participle) {
    if (participle < 2 || !d.tag(participle).equals("VBG") || d.node(participle) == null) {
      return Optional.empty();
    }
    int comma = participle - 1;
    if (d.tag(comma).startsWith("RB") && comma > 1) {
      // ", eventually saying ..."
      comma--;
    }
    if (DoubledQuotes.closesClause(d, comma)) {
      // "Reyes said of the levy, ''It hurts,'' adding that ...": a participle after the stretch
      // a speaker's words fill goes on from the clause that quotes them, before the stretch.
      int close = comma;
      comma = DoubledQuotes.stretchAround(d, close - 1)
          .filter(s -> s[1] == close && s[0] > 0)
          .map(s -> s[0] - 1)
          .orElse(close);
    }
    if (!d.word(comma).equals(",") || d.isQuoted(comma)) {
      return Optional.empty();
    }
    int first = Math.max(d.sentenceBegin(d.sentenceOf(participle)), participle - 30);
    int clause = modifiedClause(d, participle, comma, first);
    return clause < 0 ? Optional.empty() : speakerOfClause(d, clause);
  }

  /**
   * The verb of the clause a participle after a comma goes on from: its head in the parse where it
   * hangs as an adverbial, coordinated or loose clause from a verb before it, else the nearest verb
   * before the comma, or the predicate that verb is the copula of.
   */
  private static int modifiedClause(ParsedDocument d, int participle, int comma, int first) {
    Optional<ParsedDocument.Dependent> head = d.head(participle);
    if (head.isPresent()
        && SpeakerSieves.isInheriting(head.get().relation())
        && head.get().token() < comma
        && d.tag(head.get().token()).startsWith("VB")
        && !d.isQuoted(head.get().token())) {
      return head.get().token();
    }
    for (int t = comma - 1; t >= first; t--) {
      if (d.isQuoted(t)) {
        return -1;
      }
      Optional<ParsedDocument.Dependent> up = d.head(t);
      String relation = up.map(ParsedDocument.Dependent::relation).orElse("root");
      if (!d.tag(t).startsWith("VB") || d.tag(t).equals("VBG")
          || relation.equals("amod") || relation.equals("compound")) {
        continue;
      }
      // "Reyes was upfront about it, saying ...": the copula's predicate carries the subject.
      return (relation.equals("cop") || relation.startsWith("aux")) && up.isPresent()
          ? up.get().token()
          : t;
    }
    return -1;
  }

  private Optional<Mention> speakerOfClause(ParsedDocument d, int clause) {
    int v = clause;
    for (int depth = 0; depth < 4; depth++) {
      Optional<Mention> subject = subjectOf(d, v);
      if (subject.isPresent()) {
        return subject;
      }
      if (hasUnnamedSubject(d, v)) {
        return Optional.empty();
      }
      Optional<ParsedDocument.Dependent> head = d.head(v);
      if (head.isEmpty()) {
        break;
      }
      String r = head.get().relation();
      if (!(SpeakerSieves.isInheriting(r) || r.equals("ccomp") || r.startsWith("advcl"))
          || d.isQuoted(head.get().token())) {
        return Optional.empty();
      }
      v = head.get().token();
    }
    int verb = v;
    if (verb > 0 && d.head(verb).isEmpty() && !d.isQuoted(verb - 1)) {
      return heads.at(d, verb - 1)
          .filter(m -> m.kind() == Mention.Kind.NAME && m.last() == verb - 1);
    }
    return Optional.empty();
  }

  /**
   * A place named as the subject of a cue verb, which stands for its government or its people
   * ("Norway said", "the United States has called for", "Brussels insists"); NER also tags as a
   * place a surname that a place bears, and the registry then joins it to the person's full name.
   */
  private Optional<Mention> placeName(ParsedDocument d, int head) {
    if (!isPlaceToken(d, head)) {
      return Optional.empty();
    }
    int first = head;
    int last = head;
    while (first > 0 && isPlaceToken(d, first - 1) && sameLine(d, first - 1, first)) {
      first--;
    }
    while (last + 1 < d.size() && isPlaceToken(d, last + 1) && sameLine(d, last, last + 1)) {
      last++;
    }
    return Optional.of(new Mention(Mention.Kind.NAME, first, last, head, span(d, first, last)));
  }

  private boolean isPlaceToken(ParsedDocument d, int t) {
    return d.ner(t).equals("LOCATION")
        && d.tag(t).startsWith("NNP")
        && !d.isQuoted(t)
        && Character.isUpperCase(d.word(t).codePointAt(0))
        && !roleNouns.contains(d.word(t));
  }

  /**
   * The name whose relative clause holds what the parse took for the verb's subject: in "Reyes,
   * who directs the Halden Institute, an independent lab, said ...", a parse may make the
   * institute the subject of "said"; the clause after "who" describes Reyes, who speaks.
   */
  private Optional<Mention> relativeAntecedent(ParsedDocument d, int subject, int verb) {
    if (subject > verb) {
      return Optional.empty();
    }
    // The relative clause is short; a look further back would cost a run-on sentence its square.
    int first = Math.max(d.sentenceBegin(d.sentenceOf(subject)), subject - 40);
    for (int t = subject - 1; t > first + 1; t--) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      if (isRelativeWho(d.word(t)) && d.word(t - 1).equals(",")) {
        int whose = t;
        // "Reyes, whose aide said ...": where the verb is the clause's own, its subject is the
        // noun "whose" owns, which speaks, not Reyes; so does a subject right after the relative
        // word, which is then the verb's object ("Reyes, who Quill called ...").
        boolean relativeVerb =
            d.head(verb).filter(h -> h.relation().equals("acl:relcl")).isPresent();
        boolean ownClause = d.word(t).equalsIgnoreCase("whose")
                && (d.head(t).filter(h -> h.token() == subject).isPresent() || relativeVerb)
            || relativeVerb && isNominal(d, subject)
                && d.subtreeRange(subject, ClaimSpans.MAX_TOKENS)
                    .filter(r -> r[0] == whose + 1).isPresent();
        return ownClause ? Optional.empty() : nameBeforeWho(d, whose);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the token is a noun or a pronoun: not a contracted auxiliary that the parse made a
   * subject ("'s" in "Reyes, who's argued ...").
   */
  private static boolean isNominal(ParsedDocument d, int t) {
    return d.tag(t).startsWith("NN") || d.tag(t).startsWith("PRP");
  }

  /** Whether a word strictly between two tokens is the subject of a clause. */
  private static boolean hasSubjectBetween(ParsedDocument d, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (d.head(t).filter(h -> h.relation().startsWith("nsubj")).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name that opens a coordinated clause right before the verb, where the parse took a noun of
   * the clause before it for the verb's subject: in "Reyes and the mayor share many aims, and
   * Okafor suggested that ...", a tagger that reads "share" as a noun leaves "aims" the subject of
   * "suggested", and Okafor, after "and" or a comma and right before the verb, speaks. A name after
   * a preposition ("officials close to Okafor said") belongs to the subject and is left alone.
   */
  private Optional<Mention> coordinatedNameBefore(ParsedDocument d, int subject, int verb) {
    int t = verb - 1;
    while (t > subject && (d.tag(t).equals("MD") || d.tag(t).startsWith("RB")
        || d.head(t).filter(h -> h.token() == verb && h.relation().startsWith("aux")).isPresent())) {
      t--;
    }
    if (t <= subject || d.isQuoted(t) || !heads.isNameToken(d, t)
        || !(d.ner(t).equals("PERSON") || d.ner(t).equals("ORGANIZATION"))) {
      return Optional.empty();
    }
    Mention name = heads.name(d, t);
    int before = name.first() - 1;
    boolean opensClause = before > subject
        && (d.word(before).equals(",") || d.tag(before).equals("CC"));
    return name.last() == t && opensClause ? Optional.of(name) : Optional.empty();
  }

  /**
   * Whether a word opens a relative clause about a person set off by a comma: "who", or "whose"
   * ("Reyes, whose district floods each spring, argued ..."), which describes its noun as much.
   */
  private static boolean isRelativeWho(String word) {
    return word.equalsIgnoreCase("who") || word.equalsIgnoreCase("whose");
  }

  /** The name that ends right before ", who" or ", whose", or empty. */
  private Optional<Mention> nameBeforeWho(ParsedDocument d, int who) {
    int name = who - 2;
    // "Senator Ada Quill of Lund, who ...": the place after "of" tells whom the person before it
    // serves or comes from, and the clause describes the person.
    int place = name;
    while (place > 0 && isPlaceToken(d, place)) {
      place--;
    }
    if (place < name && place > 0 && d.word(place).equals("of")
        && d.ner(place - 1).equals("PERSON")) {
      name = place - 1;
    }
    if (name < 0 || !isRelativeWho(d.word(who)) || !d.word(who - 1).equals(",")
        || !heads.isNameToken(d, name) || d.isQuoted(name)) {
      return Optional.empty();
    }
    Mention m = heads.name(d, name);
    return m.last() == name ? Optional.of(m) : Optional.empty();
  }

  /** A name with the names coordinated with it, as the group that speaks jointly; else itself. */
  private Mention jointly(ParsedDocument d, Mention m) {
    return m.kind() == Mention.Kind.NAME ? groups.jointAt(d, m).orElse(m) : m;
  }

  /**
   * Who issued a source noun: the subject of the verb that takes it for its object, where that
   * verb issues a text ("Reyes issued a statement saying ...", "the campaign released a video that
   * said ..."). An unnamed group is no issuer: what "both leaders issued a statement" goes on to
   * quote is mostly what one of them said in it, whom the text names next; a statement that named
   * actors issue jointly ("Quill and Marek issued a statement") is theirs.
   */
  Optional<Mention> issuer(ParsedDocument d, int noun) {
    Optional<ParsedDocument.Dependent> head = d.head(noun);
    if (head.isEmpty()
        || !head.get().relation().equals("obj")
        || d.isQuoted(head.get().token())
        || !issuingVerbs.contains(d.lemma(head.get().token()))) {
      return Optional.empty();
    }
    return subjectOf(d, head.get().token())
        .filter(m -> m.kind() != Mention.Kind.RECORD)
        .filter(m -> m.kind() != Mention.Kind.GROUP || heads.isNameToken(d, m.head()));
  }

  /**
   * The person named right after a title that the parse took for the head of the phrase: "the
   * district party chairman Tom Okafor". Not a name that holds the verb itself.
   */
  private Optional<Mention> personRightAfter(ParsedDocument d, int noun, int verb) {
    int t = noun + 1;
    if (t >= d.size() || d.isQuoted(t) || !d.ner(t).equals("PERSON") || !heads.isNameToken(d, t)
        || !sameLine(d, noun, t)) {
      return Optional.empty();
    }
    Mention person = heads.name(d, t);
    // A first name the tagger took for the verb ("spokeswoman Joy Lund said") names no one who
    // does what the verb says.
    boolean holdsVerb = person.first() <= verb && verb <= person.last();
    return person.first() == t && !holdsVerb ? Optional.of(person) : Optional.empty();
  }

  /**
   * A person's name set off by a comma inside the phrase a description heads, which the parse hung
   * from a noun later in the phrase than its head: in "The director of the Halden Institute, Ina
   * Kask, said" and "One pastor backing Reyes, Tom Okafor, said", the name is the description's.
   */
  private Optional<Mention> appositiveInSubject(ParsedDocument d, int subject, int verb) {
    if (verb <= subject || !d.tag(subject).startsWith("NN")) {
      return Optional.empty();
    }
    for (int t = subject + 1; t < verb; t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (d.isQuoted(t) || !d.ner(t).equals("PERSON") || !heads.isNameToken(d, t) || head.isEmpty()
          || !head.get().relation().equals("appos")
          || head.get().token() <= subject || head.get().token() >= t) {
        continue;
      }
      Mention person = heads.name(d, t);
      if (person.first() > subject + 1 && d.word(person.first() - 1).equals(",")) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  /**
   * The named subject of a copula whose predicate a relative clause describes: in "Reyes is among
   * those who warn ..." and "Reyes is one of the critics who argue ...", Reyes says it too. Only a
   * name: "the worry is those who say ..." reports no one.
   */
  private Optional<Mention> copularSubject(ParsedDocument d, int noun) {
    int predicate = noun;
    if (d.children(predicate, "cop").isEmpty()) {
      // "one of the critics who ...": the predicate is the one the critics count.
      Optional<ParsedDocument.Dependent> head = d.head(noun);
      if (head.isEmpty() || !head.get().relation().startsWith("nmod")
          || !(d.word(head.get().token()).equalsIgnoreCase("one")
              || d.tag(head.get().token()).equals("CD"))) {
        return Optional.empty();
      }
      predicate = head.get().token();
      if (d.children(predicate, "cop").isEmpty()) {
        return Optional.empty();
      }
    }
    for (int subject : d.children(predicate, "nsubj")) {
      if (subject < predicate && !d.isQuoted(subject) && heads.isNameToken(d, subject)) {
        return heads.at(d, subject).filter(m -> m.kind() == Mention.Kind.NAME);
      }
    }
    return Optional.empty();
  }

  /**
   * The person that two titles joined by "and" introduce, where the parse coordinated the first
   * title with the name: "veteran diplomat and author Ada Brennan said". Only a bare singular
   * title, and only where a title also stands right before the name: "the mayor and Ada Brennan"
   * are two people. A title that a possessive owns counts only where both are posts of the role
   * lexicon ("Quill's pollster and adviser Ivo Marek"): kin, not posts, follow a possessive
   * for two people ("his wife and daughter Ada").
   */
  Optional<Mention> titledConjunct(ParsedDocument d, int noun) {
    boolean owned = !d.children(noun, "nmod:poss").isEmpty();
    if (!(d.tag(noun).equals("NN") || d.tag(noun).equals("NNP"))
        || d.ner(noun).equals("PERSON")
        || !d.children(noun, "det").isEmpty()
        || owned && !roleNouns.contains(d.lemma(noun))) {
      return Optional.empty();
    }
    for (int conj : d.children(noun, "conj")) {
      if (conj <= noun || d.isQuoted(conj) || !d.ner(conj).equals("PERSON")
          || !heads.isNameToken(d, conj)) {
        continue;
      }
      Mention person = heads.name(d, conj);
      int before = person.first() - 1;
      boolean titled = before > noun + 1
          && d.tag(before).startsWith("NN")
          && !d.ner(before).equals("PERSON")
          && d.tag(noun + 1).equals("CC")
          && d.word(noun + 1).equalsIgnoreCase("and")
          && sameLine(d, noun, person.last())
          && (!owned || roleNouns.contains(d.lemma(before)));
      if (titled && person.last() == conj) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  /**
   * The name that opens the sentence with a relative clause set off by commas, where the verb
   * stands right after the comma that closes the clause and the parse, lost in the clause, gave
   * the verb no subject of its own: "Reyes, whose district floods each spring, last year proposed
   * a levy". The clause only describes Reyes; the verb after it is hers.
   */
  private Optional<Mention> nameBeforeClosedRelative(ParsedDocument d, int verb) {
    if (!d.tag(verb).startsWith("VB") || d.tag(verb).equals("VBG") || d.hasOwnSubject(verb)
        || d.isQuoted(verb)) {
      return Optional.empty();
    }
    int begin = d.sentenceBegin(d.sentenceOf(verb));
    int comma = verb - 1;
    // "..., also decried", "..., has said", "..., last year proposed": adverbs, auxiliaries and a
    // short time phrase may stand between the clause and the verb.
    for (int skipped = 0; comma > begin && skipped < 3 && isBeforeVerb(d, comma); skipped++) {
      comma--;
    }
    if (comma <= begin || !d.word(comma).equals(",") || d.isQuoted(comma)) {
      return Optional.empty();
    }
    boolean hasVerb = false;
    int first = Math.max(begin + 1, comma - 40);
    for (int t = comma - 1; t >= first; t--) {
      if (d.isQuoted(t)) {
        return Optional.empty();
      }
      if (isRelativeWho(d.word(t)) && d.word(t - 1).equals(",")) {
        if (!hasVerb) {
          return Optional.empty();
        }
        return nameBeforeWho(d, t).filter(m -> opensSentence(d, titledFirst(d, m), begin));
      }
      hasVerb |= ParsedDocument.isFiniteTag(d.tag(t));
    }
    return Optional.empty();
  }

  /** The first token of a name with the titles the parse compounds with it ("Mr.", "Sen."). */
  private static int titledFirst(ParsedDocument d, Mention m) {
    int first = m.first();
    while (first > 0 && d.head(first - 1)
        .filter(h -> h.relation().equals("compound") && h.token() >= m.first()
            && h.token() <= m.last())
        .isPresent()) {
      first--;
    }
    return first;
  }

  /** Whether a token may stand between a subject's closing comma and its verb. */
  private static boolean isBeforeVerb(ParsedDocument d, int t) {
    String tag = d.tag(t);
    if (tag.startsWith("RB") || tag.equals("MD")) {
      return true;
    }
    Optional<ParsedDocument.Dependent> head = d.head(t);
    if (head.isEmpty()) {
      return false;
    }
    String relation = head.get().relation();
    return relation.startsWith("aux")
        || relation.endsWith(":tmod")
        || d.head(head.get().token()).filter(h -> h.relation().endsWith(":tmod")).isPresent();
  }

  /**
   * Whether a phrase starting at the token opens its sentence, maybe after a short introduction
   * without a verb ("In 1991, ...", "On Tuesday, ...").
   */
  private static boolean opensSentence(ParsedDocument d, int first, int begin) {
    if (first == begin) {
      return true;
    }
    if (!d.word(first - 1).equals(",") || first - 1 - begin > 6) {
      return false;
    }
    for (int t = begin; t < first - 1; t++) {
      if (d.tag(t).startsWith("VB") || d.isQuoted(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name in apposition to a noun: "the finance minister, Ines Lind"; or the name that a title
   * in apposition to it leads, "Pell's colleague, the group's counsel Ines Lind".
   */
  private Optional<Mention> appositiveName(ParsedDocument d, int noun) {
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      int appos = dep.token();
      if (!dep.relation().equals("appos") || d.isQuoted(appos)) {
        continue;
      }
      if (heads.isNameToken(d, appos)) {
        return Optional.of(heads.name(d, appos));
      }
      if (!heads.isNameToken(d, appos + 1)) {
        continue;
      }
      for (ParsedDocument.Dependent inner : d.dependents(appos)) {
        if (inner.token() > appos && !d.isQuoted(inner.token())
            && heads.name(d, inner.token()).first() == appos + 1) {
          return Optional.of(heads.name(d, inner.token()));
        }
      }
    }
    return Optional.empty();
  }
}
