package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads speaker mentions out of the parse: expands a head word to the whole name, tells names from
 * pronouns and role nouns, and reads the roles a name is given by a title before it or an
 * appositive after it.
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionReader {

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their");

  private final Lexicon roleNouns;
  private final Lexicon pronouns;
  private final Lexicon organizationWords;
  private final Lexicon sourceNouns;
  private final Lexicon unnamedSources;
  private final Lexicon honorifics;
  private final Lexicon documentNouns;
  private final Lexicon issuingVerbs;
  private final Lexicon causativeVerbs;
  private final Lexicon headlineVerbs;
  private final FirstNameGenders firstNames;

  /**
   * A reader that tells a person's gender by the titles in {@code honorifics.tsv} and by the
   * first names of CoreNLP's name-gender list, which ships in its models jar.
   */
  public MentionReader(
      Lexicon roleNouns,
      Lexicon pronouns,
      Lexicon organizationWords,
      Lexicon sourceNouns,
      Lexicon unnamedSources) {
    this(
        roleNouns,
        pronouns,
        organizationWords,
        sourceNouns,
        unnamedSources,
        Lexicon.load("/io/github/debatestance/nlp/honorifics.tsv"),
        Lexicon.load("/io/github/debatestance/nlp/document-nouns.txt"),
        Lexicon.load("/io/github/debatestance/nlp/issuing-verbs.txt"),
        Lexicon.load("/io/github/debatestance/nlp/causative-verbs.txt"),
        Lexicon.load("/io/github/debatestance/nlp/headline-verbs.txt"),
        FirstNameGenders.load(FirstNameGenders.CORENLP_LIST));
  }

  public MentionReader(
      Lexicon roleNouns,
      Lexicon pronouns,
      Lexicon organizationWords,
      Lexicon sourceNouns,
      Lexicon unnamedSources,
      Lexicon honorifics,
      Lexicon documentNouns,
      Lexicon issuingVerbs,
      Lexicon causativeVerbs,
      Lexicon headlineVerbs,
      FirstNameGenders firstNames) {
    this.roleNouns = roleNouns;
    this.pronouns = pronouns;
    this.organizationWords = organizationWords;
    this.sourceNouns = sourceNouns;
    this.unnamedSources = unnamedSources;
    this.honorifics = honorifics;
    this.documentNouns = documentNouns;
    this.issuingVerbs = issuingVerbs;
    this.causativeVerbs = causativeVerbs;
    this.headlineVerbs = headlineVerbs;
    this.firstNames = firstNames;
  }

  /** The gender a pronoun refers to: MALE, FEMALE, or NONE where it does not tell. */
  public String pronounGender(ParsedDocument d, Mention pronoun) {
    List<String> v = pronouns.values(d.word(pronoun.head()));
    return v.size() < 2 ? "NONE" : v.get(1);
  }

  /**
   * The gender of the person these names stand for, or NONE where the text does not tell: a title
   * before any of them ("Mrs. Reyes", "spokeswoman Ada Brennan"), else the first name of the
   * fullest of them in the name-gender list. A first name that the list gives both ways tells
   * nothing.
   */
  public String personGender(ParsedDocument d, List<Mention> names, Mention fullest) {
    for (Mention n : names) {
      String title = titleBeforeGender(d, n);
      if (!title.equals("NONE")) {
        return title;
      }
    }
    int first = fullest.first();
    if (first < fullest.last() && honorifics.contains(d.word(first))) {
      String title = honorifics.value(d.word(first), "NONE");
      if (!title.equals("NONE")) {
        return title;
      }
      first++;
    }
    return first < fullest.last() ? firstNames.of(d.word(first)) : "NONE";
  }

  /**
   * The gender that a title at a name tells, before it ("Mrs. Reyes") or as its first word: MALE,
   * FEMALE, or NONE where there is no such title.
   */
  public String titleGender(ParsedDocument d, Mention name) {
    String title = titleBeforeGender(d, name);
    if (title.equals("NONE") && name.first() < name.last()) {
      title = honorifics.value(d.word(name.first()), "NONE");
    }
    return title;
  }

  private String titleBeforeGender(ParsedDocument d, Mention name) {
    int before = name.first() - 1;
    return before >= 0 && sameLine(d, before, name.first())
        ? honorifics.value(d.word(before), "NONE")
        : "NONE";
  }

  /**
   * Whether the verb's subject is a source the text leaves unnamed: "officials said", "a study
   * found", "analysts argue". What such a source says is a claim without a speaker.
   */
  public boolean hasUnnamedSubject(ParsedDocument d, int verb) {
    for (int s : d.children(verb, "nsubj")) {
      if (!d.isQuoted(s)
          && d.tag(s).startsWith("NN")
          && !isNameToken(d, s)
          && (unnamedSources.contains(d.lemma(s)) || roleNouns.contains(d.lemma(s)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb has a subject of any kind outside the quotations, its own or the one it
   * shares with the verb it hangs from: "the report found that ...", "Reyes, calling it ...".
   * What a subject that names nobody says is still a claim, without a speaker.
   */
  public boolean hasSubject(ParsedDocument d, int verb) {
    int v = verb;
    for (int depth = 0; depth < 4; depth++) {
      OptionalInt subject = subjectOrCausedAgent(d, v);
      if (subject.isPresent()) {
        int s = subject.getAsInt();
        return !d.isQuoted(s) && !d.tag(s).equals("EX");
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
   * The speaker mention that is the subject of a cue verb. A participle ("..., claiming it ...")
   * or a coordinated verb takes the subject of the verb it hangs from; "Brennan's posts" speak
   * for Brennan, and "analysts such as Lena Forsberg" for Forsberg.
   */
  public Optional<Mention> subjectOf(ParsedDocument d, int verb) {
    int v = verb;
    for (int depth = 0; depth < 4; depth++) {
      OptionalInt subject = subjectOrCausedAgent(d, v);
      if (subject.isPresent()) {
        int s = subject.getAsInt();
        if (d.isQuoted(s)) {
          return Optional.empty();
        }
        if (d.tag(s).startsWith("W") || d.word(s).equalsIgnoreCase("that")) {
          // "Reyes, who said ...": a relative clause's subject is the noun the clause describes.
          Optional<ParsedDocument.Dependent> described =
              d.head(v).filter(h -> h.relation().equals("acl:relcl"));
          if (described.isEmpty()) {
            // A parse that hangs the clause loosely ("Reyes, who chaired the panel and said ...")
            // still leaves the name right before ", who", where no other subject stands between
            // "who" and the cue.
            return hasSubjectBetween(d, s, verb) ? Optional.empty() : nameBeforeWho(d, s);
          }
          return described.flatMap(h -> at(d, h.token()));
        }
        Optional<Mention> antecedent = relativeAntecedent(d, s, v);
        if (antecedent.isPresent()) {
          return antecedent;
        }
        Optional<Mention> m = at(d, s).map(x -> nameBeforeHeadlineVerb(d, x));
        if (m.isEmpty()) {
          m = surnameAlone(d, s);
        }
        if (m.isEmpty() && depth == 0) {
          // Only the verb's own subject: a place that a participle or a coordinated verb would
          // inherit is more often a parse gone astray than a government that speaks.
          m = placeName(d, s);
        }
        if (m.isEmpty() && isSourceNoun(d, s)) {
          m = namedPossessor(d, s);
        }
        if (m.isEmpty() || m.get().kind() == Mention.Kind.ROLE) {
          int current = v;
          // "The finance minister, Lou Jiwei, said", "One of the authors, Ada Brennan, said": the
          // name the description is given.
          Optional<Mention> named = appositiveName(d, s)
              .or(() -> personRightAfter(d, s, current))
              .or(() -> appositiveInSubject(d, s, current));
          if (named.isPresent()) {
            return named;
          }
        }
        return m.isPresent() ? m : namedWithin(d, s);
      }
      Optional<ParsedDocument.Dependent> head = d.head(v);
      if (head.isEmpty() || !SpeakerSieves.isInheriting(head.get().relation())) {
        return Optional.empty();
      }
      v = head.get().token();
    }
    return Optional.empty();
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
   * The speaker of a participle after a comma ("Reyes went after the governor, calling him ...",
   * "Brennan argued that the levy would help, saying it is ..."): the subject of the clause it
   * goes on from; where that subject names no speaker ("the levy"), the subject of the clause that
   * holds it; and where the parse gives the main verb no subject that reads as one, the name right
   * before it. Empty for any other verb.
   */
  public Optional<Mention> participleSpeaker(ParsedDocument d, int participle) {
    if (participle < 2 || !d.tag(participle).equals("VBG") || d.node(participle) == null) {
      return Optional.empty();
    }
    int comma = participle - 1;
    if (d.tag(comma).startsWith("RB") && comma > 1) {
      // ", eventually saying ..."
      comma--;
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
      return at(d, verb - 1).filter(m -> m.kind() == Mention.Kind.NAME && m.last() == verb - 1);
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
      if (d.word(t).equalsIgnoreCase("who") && d.word(t - 1).equals(",")) {
        return nameBeforeWho(d, t);
      }
    }
    return Optional.empty();
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

  /** The name that ends right before ", who", or empty. */
  private Optional<Mention> nameBeforeWho(ParsedDocument d, int who) {
    int name = who - 2;
    if (name < 0 || !d.word(who).equalsIgnoreCase("who") || !d.word(who - 1).equals(",")
        || !isNameToken(d, name) || d.isQuoted(name)) {
      return Optional.empty();
    }
    Mention m = name(d, name);
    return m.last() == name ? Optional.of(m) : Optional.empty();
  }

  /**
   * The agent of a passive verb, which does what the verb says whatever its subject: Reyes in "it
   * was argued by Reyes that ..." and in "the plan was criticised by Reyes". The parse may hang the
   * agent on the quoted words the verb governs ("has been called "a gift" by Reyes").
   */
  private static OptionalInt passiveAgent(ParsedDocument d, int verb) {
    if (d.children(verb, "aux:pass").isEmpty() && d.children(verb, "nsubj:pass").isEmpty()) {
      return OptionalInt.empty();
    }
    for (ParsedDocument.Dependent x : d.dependents(verb)) {
      if (x.token() <= verb) {
        continue;
      }
      if (d.matches(x, "obl:by") && !d.isQuoted(x.token())) {
        return OptionalInt.of(x.token());
      }
      if (d.isQuoted(x.token()) && (x.relation().equals("obj") || x.relation().equals("xcomp"))) {
        for (ParsedDocument.Dependent y : d.dependents(x.token())) {
          if (d.matches(y, "nmod:by") && !d.isQuoted(y.token())) {
            return OptionalInt.of(y.token());
          }
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The verb's subject, or where it has none and completes a causative verb with an object, that
   * object: in "the defeat led Reyes to concede ...", Reyes concedes.
   */
  private OptionalInt subjectOrCausedAgent(ParsedDocument d, int verb) {
    OptionalInt agent = passiveAgent(d, verb);
    if (agent.isPresent()) {
      return agent;
    }
    OptionalInt subject = nearestSubject(d, verb);
    if (subject.isPresent()) {
      return subject;
    }
    OptionalInt surname = surnameReadAsModal(d, verb);
    if (surname.isPresent()) {
      return surname;
    }
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    if (head.isEmpty()
        || !head.get().relation().equals("xcomp")
        || !causativeVerbs.contains(d.lemma(head.get().token()).toLowerCase(Locale.ROOT))) {
      return OptionalInt.empty();
    }
    for (int object : d.children(head.get().token(), "obj")) {
      if (object < verb && !d.isQuoted(object)) {
        return OptionalInt.of(object);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A surname that the tagger read as a modal and the parse hung on the verb as its auxiliary: in
   * "Will wrote that ..." after "Lena Will", or "May argued ..." after "Ada May". A modal never
   * stands before a verb in the past tense or the third person, nor right before a participle
   * (the tagger, having read the modal, may tag "described" so), so a capitalised one there, that
   * ends a person's name given in full elsewhere in the document, is the subject.
   */
  private static OptionalInt surnameReadAsModal(ParsedDocument d, int verb) {
    String tag = d.tag(verb);
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBN"))) {
      return OptionalInt.empty();
    }
    for (int a : d.children(verb, "aux")) {
      String w = d.word(a);
      if (a < verb && (a == verb - 1 || !tag.equals("VBN")) && !d.isQuoted(a)
          && d.tag(a).equals("MD") && isCapitalised(w) && d.isSurname(w)) {
        return OptionalInt.of(a);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The verb's subject. A parse that gives a verb two subjects ("..." by the party, NATO and its
   * partners, Reyes said) has taken a fronted phrase for one: the subject nearest before the
   * verb is the real one.
   */
  private static OptionalInt nearestSubject(ParsedDocument d, int verb) {
    OptionalInt best = OptionalInt.empty();
    for (int s : d.children(verb, "nsubj")) {
      if (d.word(s).codePoints().noneMatch(Character::isLetterOrDigit)) {
        // A quotation mark the tagger took for a noun ("'' Reyes said").
        continue;
      }
      if (best.isEmpty()
          || s < verb && (best.getAsInt() > verb || s > best.getAsInt())
          || s > verb && best.getAsInt() > verb && s < best.getAsInt()) {
        best = OptionalInt.of(s);
      }
    }
    return best;
  }

  /** Whether every word of the mention is tagged as a place: "Norway", "the United States". */
  public static boolean isPlace(ParsedDocument d, Mention m) {
    for (int t = m.first(); t <= m.last(); t++) {
      if (!d.ner(t).equals("LOCATION")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is a role noun or title, whatever its case ("spokesman", "Gov."). */
  public boolean isRoleWord(ParsedDocument d, int t) {
    return roleNouns.contains(d.word(t)) || roleNouns.contains(d.lemma(t))
        || honorifics.contains(d.word(t));
  }

  /**
   * Whether the noun names a record that speaks for itself: a document, count or survey ("the poll
   * shows ...") or a written or spoken source ("the emails showed ...").
   */
  public boolean isRecordNoun(ParsedDocument d, int noun) {
    return isDocumentNoun(d, noun) || isSourceNoun(d, noun);
  }

  /** Whether the noun names a document, count or survey ("audit", "poll"). */
  private boolean isDocumentNoun(ParsedDocument d, int noun) {
    return d.tag(noun).startsWith("NN") && documentNouns.contains(d.lemma(noun));
  }

  /** Whether the noun names a written or spoken source ("statement", "post"). */
  public boolean isSourceNoun(ParsedDocument d, int noun) {
    return d.tag(noun).startsWith("NN") && sourceNouns.contains(d.lemma(noun));
  }

  /** The mention whose head is the token, if the token can stand for a speaker. */
  public Optional<Mention> at(ParsedDocument d, int head) {
    String tag = d.tag(head);
    if (tag.startsWith("PRP") && isSubjectPronoun(d.word(head))) {
      return Optional.of(new Mention(Mention.Kind.PRONOUN, head, head, head, d.word(head)));
    }
    return nameOrRole(d, head);
  }

  /**
   * The mention whose head is the token, if the token can stand for an actor in any place of a
   * clause: besides what {@link #at} takes, object and possessive pronouns ("her", "their") and a
   * name that NER took for a place or left untagged.
   */
  public Optional<Mention> reference(ParsedDocument d, int head) {
    String tag = d.tag(head);
    if (tag.startsWith("PRP") && pronouns.contains(d.word(head))) {
      return Optional.of(new Mention(Mention.Kind.PRONOUN, head, head, head, d.word(head)));
    }
    Optional<Mention> m = nameOrRole(d, head);
    if (m.isEmpty() && tag.startsWith("NNP") && Character.isUpperCase(d.word(head).codePointAt(0))
        && !roleNouns.contains(d.word(head))) {
      return Optional.of(name(d, head));
    }
    return m;
  }

  private boolean isSubjectPronoun(String word) {
    List<String> fields = pronouns.values(word);
    return !fields.isEmpty() && (fields.size() < 3 || fields.get(2).equals("SUBJECT"));
  }

  private Optional<Mention> nameOrRole(ParsedDocument d, int head) {
    String tag = d.tag(head);
    if (isHeadlineVerbAfterName(d, head)) {
      // "Ada Brennan Says ...", parsed as one noun phrase headed by the verb.
      return Optional.of(name(d, head));
    }
    if (isNameToken(d, head)) {
      if (honorifics.contains(d.word(head))
          && head + 1 < d.size()
          && isNameToken(d, head + 1)
          && !d.isQuoted(head + 1)) {
        // "Sen. Tomas Reyes", parsed with the title as the head: the person is the name after it.
        return Optional.of(name(d, head + 1));
      }
      return Optional.of(name(d, head));
    }
    Optional<Mention> compoundName = capitalisedCompound(d, head);
    if (compoundName.isPresent()) {
      return compoundName;
    }
    // A plural role ("the county chairs") stands for several people, not for any one actor.
    if ((tag.equals("NN") || tag.equals("NNP")) && roleNouns.contains(d.lemma(head))) {
      for (ParsedDocument.Dependent dep : d.dependents(head)) {
        if (dep.relation().startsWith("nmod:poss") && isNameToken(d, dep.token())) {
          // "Brennan's spokesman" is not Brennan, so a role owned by a name is left alone.
          return Optional.empty();
        }
      }
      int first = head;
      while (first > 0 && isRoleModifier(d, first - 1) && sameLine(d, first - 1, first)) {
        first--;
      }
      if (first > 0 && DETERMINERS.contains(d.word(first - 1).toLowerCase(Locale.ROOT))
          && sameLine(d, first - 1, first)) {
        first--;
        return Optional.of(
            new Mention(Mention.Kind.ROLE, first, head, head, span(d, first, head)));
      }
    }
    return Optional.empty();
  }

  /**
   * A name whose last word the tagger took for a common noun: "Ondine AI", "Corvane Labs", where a
   * capitalised noun heads proper nouns right before it.
   */
  private Optional<Mention> capitalisedCompound(ParsedDocument d, int head) {
    if (!d.tag(head).startsWith("NN")
        || !Character.isUpperCase(d.word(head).codePointAt(0))
        || roleNouns.contains(d.lemma(head))
        || isHeadlineVerb(d, head)
        || d.isQuoted(head)) {
      return Optional.empty();
    }
    int first = head;
    while (first > 0
        && first - 1 >= d.sentenceBegin(d.sentenceOf(head))
        && isNameToken(d, first - 1)
        && sameLine(d, first - 1, first)
        && d.head(first - 1).filter(h -> h.token() == head).isPresent()) {
      first--;
    }
    return first == head
        ? Optional.empty()
        : Optional.of(new Mention(Mention.Kind.NAME, first, head, head, span(d, first, head)));
  }

  /**
   * Who a document, count or survey speaks for: its owner ("the county's audit"), a name it is
   * compounded with ("a Halden Institute poll"), or the name after "by", "from" or "of" ("a report
   * from the county office", "a survey by Northwind").
   */
  public Optional<Mention> documentAuthor(ParsedDocument d, int noun) {
    if (!isDocumentNoun(d, noun)) {
      return Optional.empty();
    }
    Optional<Mention> owner = namedPossessor(d, noun);
    if (owner.isPresent()) {
      return owner;
    }
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      int t = dep.token();
      if (d.isQuoted(t) || !isNameToken(d, t)) {
        continue;
      }
      if (dep.relation().equals("compound") || dep.relation().startsWith("nmod")
          && d.children(t, "case").stream()
              .anyMatch(c -> AUTHOR_PREPOSITIONS.contains(d.word(c).toLowerCase(Locale.ROOT)))) {
        return Optional.of(name(d, t));
      }
    }
    return Optional.empty();
  }

  private static final Set<String> AUTHOR_PREPOSITIONS = Set.of("by", "from", "of");

  /**
   * Who issued a source noun: the subject of the verb that takes it for its object, where that
   * verb issues a text ("Reyes issued a statement saying ...", "the campaign released a video that
   * said ...").
   */
  public Optional<Mention> issuer(ParsedDocument d, int noun) {
    Optional<ParsedDocument.Dependent> head = d.head(noun);
    if (head.isEmpty()
        || !head.get().relation().equals("obj")
        || d.isQuoted(head.get().token())
        || !issuingVerbs.contains(d.lemma(head.get().token()))) {
      return Optional.empty();
    }
    return subjectOf(d, head.get().token());
  }

  /**
   * The name or role a possessive points to, as in "Brennan's posts", "Northwind's charter" or
   * "the company's report".
   */
  public Optional<Mention> possessor(ParsedDocument d, int noun) {
    for (int owner : d.children(noun, "nmod:poss")) {
      Optional<Mention> m = nameOrRole(d, owner);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * The name a possessive points to, as in "Brennan's posts" or "Northwind's charter". A role
   * owner is left out: "the authority's website" need not speak for the authority in every
   * sentence that names it.
   */
  public Optional<Mention> namedPossessor(ParsedDocument d, int noun) {
    return possessor(d, noun).filter(m -> m.kind() == Mention.Kind.NAME);
  }

  /**
   * The name a common noun introduces, as in "analysts such as Lena Forsberg" or "the lab's chief, Ada
   * Brennan".
   */
  public Optional<Mention> namedWithin(ParsedDocument d, int noun) {
    if (!d.tag(noun).startsWith("NN") || isNameToken(d, noun)) {
      return Optional.empty();
    }
    Optional<Mention> first = Optional.empty();
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      String rel = dep.relation();
      if (!(rel.equals("nmod") || rel.equals("appos") || rel.equals("dep"))
          || !isNameToken(d, dep.token())
          || d.isQuoted(dep.token())) {
        continue;
      }
      // In "analysts such as Halden Institute economist Lena Forsberg" the person is meant.
      // A phrase longer than this is run-on text, not a speaker's description: skip the walk.
      Optional<int[]> range = d.subtreeRange(dep.token(), 200);
      if (range.isPresent()) {
        for (int t = range.get()[1]; t >= range.get()[0]; t--) {
          if (d.ner(t).equals("PERSON")) {
            return Optional.of(name(d, t));
          }
        }
      }
      if (first.isEmpty()) {
        first = Optional.of(name(d, dep.token()));
      }
    }
    return first;
  }

  /**
   * The person named right after a title that the parse took for the head of the phrase: "the
   * district party chairman Tom Okafor". Not a name that holds the verb itself.
   */
  private Optional<Mention> personRightAfter(ParsedDocument d, int noun, int verb) {
    int t = noun + 1;
    if (t >= d.size() || d.isQuoted(t) || !d.ner(t).equals("PERSON") || !isNameToken(d, t)
        || !sameLine(d, noun, t)) {
      return Optional.empty();
    }
    Mention person = name(d, t);
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
      if (d.isQuoted(t) || !d.ner(t).equals("PERSON") || !isNameToken(d, t) || head.isEmpty()
          || !head.get().relation().equals("appos")
          || head.get().token() <= subject || head.get().token() >= t) {
        continue;
      }
      Mention person = name(d, t);
      if (person.first() > subject + 1 && d.word(person.first() - 1).equals(",")) {
        return Optional.of(person);
      }
    }
    return Optional.empty();
  }

  /** The name in apposition to a noun: "the finance minister, Lou Jiwei". */
  private Optional<Mention> appositiveName(ParsedDocument d, int noun) {
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      if (dep.relation().equals("appos")
          && isNameToken(d, dep.token())
          && !d.isQuoted(dep.token())) {
        return Optional.of(name(d, dep.token()));
      }
    }
    return Optional.empty();
  }

  /** Whether the token is part of a proper name. */
  public boolean isNameToken(ParsedDocument d, int t) {
    if (isHeadlineVerb(d, t)) {
      return false;
    }
    String ner = d.ner(t);
    if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
      return !d.tag(t).startsWith("PRP");
    }
    return ner.equals("O")
        && d.tag(t).startsWith("NNP")
        && Character.isUpperCase(d.word(t).codePointAt(0))
        && !roleNouns.contains(d.word(t))
        && !WEEKDAYS.contains(d.word(t));
  }

  /**
   * Days of the week, which the tagger marks as proper nouns and NER now and then leaves untagged
   * ("Tuesday's vote"), but which never name a speaker.
   */
  private static final Set<String> WEEKDAYS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /**
   * The name a turn's label gives: "OKAFOR", "Dr. Lena Forsberg", "@lena_f", with its words in
   * capitals {@linkplain #capitalsInTitleCase in title case}, as the rest of the text would write
   * them. Empty where the label holds no token.
   */
  public static Optional<Mention> labelName(ParsedDocument d, TextSpan label) {
    int first = d.tokenAtOrAfter(label.begin());
    int last = d.tokenBefore(label.end());
    if (first > last || last < 0 || first >= d.size()) {
      return Optional.empty();
    }
    String name = label.of(d.text());
    return Optional.of(
        new Mention(
            Mention.Kind.NAME, first, last, last,
            name.startsWith("@") ? name : capitalsInTitleCase(name)));
  }

  /** A generation's numeral after a name ("Tomas Reyes III"), which stays in capitals. */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");

  /** Splits a name into its words and the white space between them, keeping both. */
  private static final Pattern AROUND_SPACES = Pattern.compile("(?<=\\s)|(?=\\s)");

  /**
   * A person's name with the words set in capitals given in title case: all of a name in capitals
   * ("OKAFOR"), or the surname that parliamentary records, and many texts that give a name in
   * Chinese or Japanese order, set in capitals ("Tobias LINDQVIST", "WANG Lifen"). A word of
   * fewer than three letters in a name otherwise in lower case is an initial or an acronym, and
   * stays.
   */
  static String capitalsInTitleCase(String name) {
    if (name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT))) {
      return titleCase(name);
    }
    StringBuilder words = new StringBuilder(name.length());
    for (String w : AROUND_SPACES.split(name)) {
      boolean capitals = w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT))
          && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
          && !ROMAN_NUMERAL.matcher(w).matches();
      words.append(capitals ? titleCase(w) : w);
    }
    return words.toString();
  }

  /** "MCALLISTER-REYES" as "Mcallister-Reyes": each run of letters capitalised after the first. */
  private static String titleCase(String capitals) {
    StringBuilder b = new StringBuilder(capitals.length());
    boolean start = true;
    for (int i = 0; i < capitals.length(); i++) {
      char c = capitals.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
    }
    return b.toString();
  }

  /** The whole name around a name token. */
  public Mention name(ParsedDocument d, int head) {
    if (isHeadlineVerbAfterName(d, head)) {
      // "Ada Brennan Says ...", parsed with the verb as the head: the name is the one before it.
      head--;
    }
    int first = head;
    int last = head;
    String ner = d.ner(head);
    boolean tagged = ner.equals("PERSON") || ner.equals("ORGANIZATION");
    while (true) {
      if (first > 0 && continuesName(d, first - 1, ner, tagged)
          && sameLine(d, first - 1, first)) {
        first--;
      } else if (!tagged && first > 1 && isGluedHyphen(d, first - 1)
          && continuesName(d, first - 2, ner, tagged)) {
        first -= 2;
      } else {
        break;
      }
    }
    while (true) {
      if (last + 1 < d.size() && continuesName(d, last + 1, ner, tagged)
          && sameLine(d, last, last + 1)) {
        last++;
      } else if (!tagged && last + 2 < d.size() && isGluedHyphen(d, last + 1)
          && continuesName(d, last + 2, ner, tagged)) {
        last += 2;
      } else {
        break;
      }
    }
    while (first < last && honorifics.contains(d.word(first))) {
      // A courtesy title is no part of the name, though NER often tags it with one where no full
      // stop follows it ("Mrs Petra Solheim"): "Mrs Solheim" is to shorten "Petra Solheim".
      first++;
    }
    return new Mention(
        Mention.Kind.NAME, first, last, Math.max(head, first), span(d, first, last));
  }

  /**
   * Whether nothing but spaces stand between two neighbouring tokens on one line. A name never
   * runs over a line break: a headline, a dateline or a byline above a paragraph is no part of the
   * name that opens it, even where the sentence splitter kept them together.
   */
  static boolean sameLine(ParsedDocument d, int before, int after) {
    return d.text().substring(d.end(before), d.begin(after)).indexOf('\n') < 0;
  }

  /**
   * Whether the token is a hyphen with no space on either side, which joins the parts of a double
   * surname ("Delacroix-Lemaire"); the tokenizer splits it off, and NER may tag neither part.
   * Only names NER leaves untagged are joined so: two tagged names around a hyphen are a pair
   * ("the Reyes-Okafor race").
   */
  private static boolean isGluedHyphen(ParsedDocument d, int t) {
    return t > 0 && t + 1 < d.size() && d.word(t).equals("-")
        && d.end(t - 1) == d.begin(t) && d.end(t) == d.begin(t + 1)
        && isNamePart(d.word(t - 1)) && isNamePart(d.word(t + 1));
  }

  /**
   * Whether a word can be one part of a double surname: a word of two letters or more in mixed
   * case, not a party's initial or a state's abbreviation in capitals ("R-OK", "D-Fla.").
   */
  private static boolean isNamePart(String word) {
    return word.length() >= 2
        && word.chars().allMatch(Character::isLetter)
        && word.chars().anyMatch(Character::isLowerCase);
  }

  private boolean continuesName(ParsedDocument d, int t, String ner, boolean tagged) {
    if (d.isQuoted(t) || d.tag(t).equals("POS") || isHeadlineVerb(d, t)) {
      return false;
    }
    if (tagged) {
      return d.ner(t).equals(ner);
    }
    return isNameToken(d, t) && d.ner(t).equals("O");
  }

  /**
   * Whether the token is a verb that a headline in title case sets right after a name, written
   * with a capital: "Says" in "Ada Brennan Says Open Weights Are Safe". NER and the tagger read
   * such a line as one long name; the verb ends the name before it.
   */
  private boolean isHeadlineVerb(ParsedDocument d, int t) {
    String w = d.word(t);
    return isCapitalised(w) && headlineVerbs.contains(w);
  }

  /** Whether the token is a headline verb right after a name on the same line ("Brennan Says"). */
  private boolean isHeadlineVerbAfterName(ParsedDocument d, int t) {
    return isHeadlineVerb(d, t) && t > 0 && isNameToken(d, t - 1) && sameLine(d, t - 1, t);
  }

  /**
   * The name before a headline verb that stands right before a subject name: in "Ada Brennan
   * Slams Tom Okafor", parsed as one noun phrase headed by "Okafor", Brennan is who speaks.
   */
  private Mention nameBeforeHeadlineVerb(ParsedDocument d, Mention m) {
    if (m.kind() != Mention.Kind.NAME) {
      return m;
    }
    // The words between the verb and the mention are the headline's too, all capitalised: "Ada
    // Brennan Tweets A Misleading Chart".
    for (int t = m.first() - 1; t > 0 && t >= m.first() - HEADLINE_WORDS
        && sameLine(d, t, m.first()) && isCapitalised(d.word(t)); t--) {
      if (isHeadlineVerb(d, t)) {
        return isHeadlineVerbAfterName(d, t) ? name(d, t - 1) : m;
      }
    }
    return m;
  }

  /** How many capitalised words of a headline may stand between its verb and a subject name. */
  private static final int HEADLINE_WORDS = 6;

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Whether a name should be taken for an organisation's. */
  public boolean looksLikeOrganization(ParsedDocument d, Mention m) {
    // A word such as "Labs" or "Institute" makes an organisation even where NER took the name for
    // a person's.
    for (int t = m.first(); t <= m.last(); t++) {
      if (organizationWords.contains(d.word(t))) {
        return true;
      }
    }
    if (!titleGender(d, m).equals("NONE")) {
      // "Ms Petra Solheim" is a person, whatever NER made of a name in capitals after the title.
      return false;
    }
    for (int t = m.first(); t <= m.last(); t++) {
      if (d.ner(t).equals("ORGANIZATION")) {
        return true;
      }
      if (d.ner(t).equals("PERSON")) {
        return false;
      }
    }
    if (isPlace(d, m)) {
      // A place that speaks is its government, an organisation: "it", not "he", points back to it.
      return true;
    }
    // A single word in capitals is an acronym ("NATO"), unless the mention gives it in title case,
    // as a transcript's label in capitals ("SOLHEIM:") is given.
    return m.first() == m.last() && m.text().chars().skip(1).anyMatch(Character::isUpperCase);
  }

  /** The role a role mention names: its head noun, lower-cased. */
  public String roleNoun(ParsedDocument d, Mention m) {
    return d.lemma(m.head());
  }

  /** The kind of actor a role noun or pronoun stands for: PERSON, ORGANIZATION or ANY. */
  public String actorKind(ParsedDocument d, Mention m) {
    return switch (m.kind()) {
      case PRONOUN -> pronouns.value(d.word(m.head()), "ANY");
      case ROLE -> roleNouns.value(d.lemma(m.head()), "ANY");
      case NAME -> looksLikeOrganization(d, m) ? "ORGANIZATION" : "PERSON";
    };
  }

  /** The titles and appositives the text gives a name at this mention. */
  public List<String> rolesAt(ParsedDocument d, Mention name) {
    java.util.ArrayList<String> roles = new java.util.ArrayList<>();
    titleBefore(d, name).ifPresent(roles::add);
    roleBeforeInApposition(d, name).ifPresent(roles::add);
    appositiveAfter(d, name).ifPresent(roles::add);
    return roles;
  }

  private Optional<String> titleBefore(ParsedDocument d, Mention name) {
    int last = name.first() - 1;
    if (last < 0 || !roleNouns.contains(d.word(last))) {
      return Optional.empty();
    }
    int first = last;
    while (first > 0 && isTitleWord(d, first - 1) && d.sentenceOf(first - 1) == d.sentenceOf(last)) {
      first--;
    }
    while (first < last && d.tag(first).equals("CC")) {
      first++;
    }
    return Optional.of(span(d, first, last));
  }

  /**
   * The role a name stands in apposition to, before it: "Corvane's chief executive" in "Corvane's
   * chief executive, Martin Albrecht, said". Read from the parse, so only where the sentence has
   * one.
   */
  private Optional<String> roleBeforeInApposition(ParsedDocument d, Mention name) {
    for (int t = name.first(); t <= name.last(); t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isEmpty() || !head.get().relation().equals("appos")) {
        continue;
      }
      int noun = head.get().token();
      if (noun >= name.first()
          || d.isQuoted(noun)
          || !d.tag(noun).startsWith("NN")
          || !roleNouns.contains(d.lemma(noun))) {
        return Optional.empty();
      }
      int first = noun;
      while (first > 0
          && isRoleModifier(d, first - 1)
          && d.sentenceOf(first - 1) == d.sentenceOf(noun)
          && sameLine(d, first - 1, first)) {
        first--;
      }
      return Optional.of(span(d, first, noun));
    }
    return Optional.empty();
  }

  private static boolean isTitleWord(ParsedDocument d, int t) {
    String tag = d.tag(t);
    return !d.isQuoted(t)
        && (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("CC") || tag.equals("HYPH"))
        && !d.word(t).equals(",");
  }

  private Optional<String> appositiveAfter(ParsedDocument d, Mention name) {
    int comma = name.last() + 1;
    if (comma >= d.size() || !d.word(comma).equals(",")) {
      return Optional.empty();
    }
    int first = comma + 1;
    int last = first;
    while (last < d.size()
        && d.sentenceOf(last) == d.sentenceOf(comma)
        && !isClauseBoundary(d.word(last))
        && !d.isQuoted(last)
        && !(last > first && opensRelativeClause(d, last))) {
      last++;
    }
    last--;
    if (last < first || last - first > 12) {
      return Optional.empty();
    }
    String firstTag = d.tag(first);
    if (firstTag.startsWith("W") || firstTag.startsWith("VB") || firstTag.startsWith("PRP")) {
      return Optional.empty();
    }
    boolean hasRole = false;
    for (int t = first; t <= Math.min(last, first + 4); t++) {
      hasRole |= d.tag(t).startsWith("NN") && roleNouns.contains(d.lemma(t));
    }
    if (!hasRole) {
      return Optional.empty();
    }
    if (d.tag(first).equals("DT")) {
      first++;
    }
    return first <= last ? Optional.of(span(d, first, last)) : Optional.empty();
  }

  /**
   * Whether a relative clause opens at the token ("who has pushed for ...", "which runs ..."): it
   * says what the person did, not what they are, and is no part of the role before it.
   */
  private static boolean opensRelativeClause(ParsedDocument d, int t) {
    String tag = d.tag(t);
    return tag.equals("WP") || tag.equals("WP$") || tag.equals("WDT");
  }

  private static boolean isClauseBoundary(String word) {
    return word.equals(",") || word.equals(".") || word.equals(";") || word.equals(":")
        || word.equals(")") || word.equals("-RRB-") || word.equals("--");
  }

  private static boolean isRoleModifier(ParsedDocument d, int t) {
    String tag = d.tag(t);
    return !d.isQuoted(t)
        && (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS") || tag.equals("CD")
            || tag.equals("HYPH"));
  }

  static String span(ParsedDocument d, int first, int last) {
    return d.text().substring(d.begin(first), d.end(last));
  }
}
