package io.github.debatestance.nlp.internal;

import java.util.List;
import java.util.Optional;

/**
 * Reads speaker mentions out of the parse: expands a head word to the whole name, tells names from
 * pronouns and role nouns, and reads the roles a name is given by a title before it or an
 * appositive after it.
 *
 * <p>The one reader that the finders, the sieves and the actor registry share. It builds its parts
 * from the lexicons and hands each question to the part that answers it: {@link MentionHeads} (the
 * mention a token stands for, and the whole name), {@link SubjectTokens} (which token is a verb's
 * subject), {@link SubjectSpeakers} (who speaks as a verb's subject), {@link NounOwners} (whose a
 * noun is), {@link GroupMentions} (people the text names only together), {@link RecordMentions}
 * (records cited without their author), {@link ActorKinds}
 * (person or organisation, and gender) and {@link NameRoles} (the roles the text gives a name). {@link LabelNames} reads the name a turn's label gives.
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionReader {

  private final MentionHeads heads;
  private final SubjectTokens tokens;
  private final NounOwners owners;
  private final SubjectSpeakers subjects;
  private final GroupMentions groups;
  private final RecordMentions records;
  private final ActorKinds kinds;
  private final NameRoles roles;

  /**
   * A reader that tells a person's gender by the given titles and first names, and reads the
   * project's other mention lexicons from its resources.
   */
  public MentionReader(
      Lexicon roleNouns,
      Lexicon pronouns,
      Lexicon organizationWords,
      Lexicon sourceNouns,
      Lexicon unnamedSources,
      Lexicon honorifics,
      FirstNameGenders firstNames) {
    this(
        roleNouns,
        pronouns,
        organizationWords,
        sourceNouns,
        unnamedSources,
        honorifics,
        Lexicon.load("/io/github/debatestance/nlp/document-nouns.txt"),
        Lexicon.load("/io/github/debatestance/nlp/issuing-verbs.txt"),
        Lexicon.load("/io/github/debatestance/nlp/authoring-verbs.txt"),
        Lexicon.load("/io/github/debatestance/nlp/causative-verbs.txt"),
        Lexicon.load("/io/github/debatestance/nlp/headline-verbs.txt"),
        Lexicon.load("/io/github/debatestance/nlp/role-verbs.tsv"),
        Lexicon.load(GroupMentions.CORENLP_ANIMATE),
        Lexicon.load(GroupMentions.CORENLP_INANIMATE),
        Lexicon.load("/io/github/debatestance/nlp/people-nouns.txt"),
        Lexicon.load("/io/github/debatestance/nlp/group-quantifiers.txt"),
        Lexicon.load("/io/github/debatestance/nlp/group-member-markers.txt"),
        Lexicon.load("/io/github/debatestance/nlp/record-nouns.txt"),
        Lexicon.load("/io/github/debatestance/nlp/single-source-words.txt"),
        firstNames);
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
      Lexicon authoringVerbs,
      Lexicon causativeVerbs,
      Lexicon headlineVerbs,
      Lexicon roleVerbs,
      Lexicon animateNouns,
      Lexicon inanimateNouns,
      Lexicon peopleNouns,
      Lexicon groupQuantifiers,
      Lexicon memberMarkers,
      Lexicon recordNouns,
      Lexicon singleSourceWords,
      FirstNameGenders firstNames) {
    this.heads =
        new MentionHeads(roleNouns, pronouns, honorifics, headlineVerbs, organizationWords);
    this.tokens = new SubjectTokens(causativeVerbs);
    this.owners = new NounOwners(heads, documentNouns, sourceNouns, authoringVerbs);
    this.groups = new GroupMentions(
        heads, animateNouns, inanimateNouns, peopleNouns, groupQuantifiers, memberMarkers,
        roleNouns, singleSourceWords);
    this.records = new RecordMentions(recordNouns);
    this.subjects = new SubjectSpeakers(
        heads, tokens, owners, roleNouns, unnamedSources, issuingVerbs, groups, records);
    this.kinds = new ActorKinds(roleNouns, pronouns, organizationWords, honorifics, firstNames);
    this.roles = new NameRoles(roleNouns, honorifics, roleVerbs);
  }

  /** The gender a pronoun refers to: MALE, FEMALE, or NONE where it does not tell. */
  public String pronounGender(ParsedDocument d, Mention pronoun) {
    return kinds.pronounGender(d, pronoun);
  }

  /** The gender of the person these names stand for, or NONE where the text does not tell. */
  public String personGender(ParsedDocument d, List<Mention> names, Mention fullest) {
    return kinds.personGender(d, names, fullest);
  }

  /** The gender a title at a name tells: MALE, FEMALE, or NONE where there is no such title. */
  public String titleGender(ParsedDocument d, Mention name) {
    return kinds.titleGender(d, name);
  }

  /** The kind of actor a role noun or pronoun stands for: PERSON, ORGANIZATION or ANY. */
  public String actorKind(ParsedDocument d, Mention m) {
    return kinds.actorKind(d, m);
  }

  /** Whether the verb's subject is a source the text leaves unnamed: "officials said". */
  public boolean hasUnnamedSubject(ParsedDocument d, int verb) {
    return subjects.hasUnnamedSubject(d, verb);
  }

  /** Whether the verb has a subject of any kind outside the quotations. */
  public boolean hasSubject(ParsedDocument d, int verb) {
    return tokens.hasSubject(d, verb);
  }

  /** The speaker mention that is the subject of a cue verb. */
  public Optional<Mention> subjectOf(ParsedDocument d, int verb) {
    return subjects.subjectOf(d, verb);
  }

  /** The speaker of a participle after a comma ("Reyes argued ..., saying ..."). */
  public Optional<Mention> participleSpeaker(ParsedDocument d, int participle) {
    return subjects.participleSpeaker(d, participle);
  }

  /** Who issued a source noun: "Reyes issued a statement saying ...". */
  public Optional<Mention> issuer(ParsedDocument d, int noun) {
    return subjects.issuer(d, noun);
  }

  /** Whether the token is a role noun or title, whatever its case ("spokesman", "Gov."). */
  public boolean isRoleWord(ParsedDocument d, int t) {
    return roles.isRoleWord(d, t);
  }

  /** Whether a role the text gives a name is the role that a role noun names. */
  public boolean holdsRole(String role, String noun) {
    return roles.holds(role, noun);
  }

  /** The role a role mention names: its head noun, lower-cased. */
  public String roleNoun(ParsedDocument d, Mention m) {
    return roles.roleNoun(d, m);
  }

  /** The titles and appositives the text gives a name at this mention. */
  public List<String> rolesAt(ParsedDocument d, Mention name) {
    return roles.rolesAt(d, name);
  }

  /** Whether the noun names a record that speaks for itself ("the poll shows ..."). */
  public boolean isRecordNoun(ParsedDocument d, int noun) {
    return owners.isRecordNoun(d, noun);
  }

  /** Whether the noun names a written or spoken source ("statement", "post"). */
  public boolean isSourceNoun(ParsedDocument d, int noun) {
    return owners.isSourceNoun(d, noun);
  }

  /** Who a document, count or survey speaks for ("the county's audit"). */
  public Optional<Mention> documentAuthor(ParsedDocument d, int noun) {
    return owners.documentAuthor(d, noun);
  }

  /** The name or role a possessive points to ("Brennan's posts", "the company's report"). */
  public Optional<Mention> possessor(ParsedDocument d, int noun) {
    return owners.possessor(d, noun);
  }

  /** Who a written or spoken source comes from: "Brennan's post", "a post from Brennan". */
  public Optional<Mention> sourceAuthor(ParsedDocument d, int noun) {
    return owners.sourceAuthor(d, noun);
  }

  /** The name a possessive points to ("Brennan's posts"); a role owner is left out. */
  public Optional<Mention> namedPossessor(ParsedDocument d, int noun) {
    return owners.namedPossessor(d, noun);
  }

  /** The name a common noun introduces ("analysts such as Lena Forsberg"). */
  public Optional<Mention> namedWithin(ParsedDocument d, int noun) {
    return owners.namedWithin(d, noun);
  }

  /**
   * People the text names only together that the token heads as a source: "according to
   * analysts", "according to some economists"; or one person the text only describes: "according
   * to an aide close to Quill". Empty for a name, a plural thing or a singular with no one.
   */
  public Optional<Mention> groupAt(ParsedDocument d, int head) {
    return groups.unnamedAt(d, head).or(() -> groups.describedAt(d, head));
  }

  /**
   * The one person a description that the token heads stands for, where the text never names
   * them: "a longtime aide to Quill" (see {@link GroupMentions#describedAt}).
   */
  public Optional<Mention> describedAt(ParsedDocument d, int head) {
    return groups.describedAt(d, head);
  }

  /** Whether a word makes a noun one source the text leaves unnamed: "a", "one", "another". */
  public boolean isSingleSourceWord(String word) {
    return groups.isSingleSourceWord(word);
  }

  /**
   * The one person a definite description that the token heads places by the words after its
   * noun: "the former chief of staff to Quill" (see {@link GroupMentions#placedAt}).
   */
  public Optional<Mention> placedAt(ParsedDocument d, int head) {
    return groups.placedAt(d, head);
  }

  /**
   * A record the token heads, cited without its author, as a source: "according to the harbour
   * survey".
   * Empty for any other noun and for a record a pronoun owns ("his report").
   */
  public Optional<Mention> recordAt(ParsedDocument d, int head) {
    return records.at(d, head);
  }

  /** The person two titles joined by "and" introduce ("diplomat and author Ada Brennan"). */
  public Optional<Mention> titledConjunct(ParsedDocument d, int noun) {
    return subjects.titledConjunct(d, noun);
  }

  /** The mention whose head is the token, if the token can stand for a speaker. */
  public Optional<Mention> at(ParsedDocument d, int head) {
    return heads.at(d, head);
  }

  /** The mention whose head is the token, if it can stand for an actor in any place of a clause. */
  public Optional<Mention> reference(ParsedDocument d, int head) {
    return heads.reference(d, head);
  }

  /** Whether the token is part of a proper name. */
  public boolean isNameToken(ParsedDocument d, int t) {
    return heads.isNameToken(d, t);
  }

  /** Whom a verb of a headline in title case reports: the capitalised words opening its line. */
  public Optional<Mention> headlineSubject(ParsedDocument d, int verb) {
    return heads.headlineSubject(d, verb);
  }

  /** The whole name around a name token. */
  public Mention name(ParsedDocument d, int head) {
    return heads.name(d, head);
  }
}
