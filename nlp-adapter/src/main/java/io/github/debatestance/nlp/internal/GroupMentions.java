package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.MentionHeads.sameLine;
import static io.github.debatestance.nlp.internal.MentionHeads.span;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People a text names only together, where they speak as a verb's subject or as the source of
 * "according to": an unnamed plural of people ("critics", "some economists", "two aides"), a
 * quantifier that stands for people ("some", "others", "both"), or named actors coordinated as
 * one subject ("Quill and Marek", "Neither Quill nor Marek"). The mention is the phrase as the
 * text writes it, from its determiner or quantifier through the modifiers right after its head
 * that place it ("officials in Halden", "people close to Quill"); a relative clause, or anything
 * after a comma or a dash, describes the group rather than names it and is left out. Words in a
 * quotation, or in a stretch set off with doubled apostrophes, are the quoted speaker's and name
 * no group.
 *
 * <p>A plural noun is a group of people where it names people: CoreNLP's animacy lists (built for
 * coreference from news text) count it animate and not also inanimate, or it is a role noun held
 * by a person, or the project's list of people nouns has it ("sources", which the animacy lists
 * count as things too). Plural things ("the documents", "polls") are no group.
 *
 * <p>Immutable and thread-safe.
 */
final class GroupMentions {

  /** CoreNLP's lists of nouns that name animate and inanimate things, in its models jar. */
  static final String CORENLP_ANIMATE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";

  static final String CORENLP_INANIMATE =
      "/edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

  /** The dependents before a head noun that belong to the group's name. */
  private static final Set<String> NAME_MODIFIERS =
      Set.of("det", "det:predet", "det:qmod", "amod", "compound", "nummod", "nmod:poss",
          "advmod", "cc:preconj");

  /** How far the subtree of a modifier may reach, which keeps the walk linear. */
  private static final int MAX_TOKENS = 12;

  private final MentionHeads heads;
  private final Lexicon animate;
  private final Lexicon inanimate;
  private final Lexicon peopleNouns;
  private final Lexicon quantifiers;
  private final Lexicon memberMarkers;
  private final Lexicon roleNouns;
  private final Lexicon singleWords;

  /**
   * @param heads reads the names of a coordination
   * @param animate nouns that name animate beings (CoreNLP's animacy list)
   * @param inanimate nouns that name things (CoreNLP's animacy list)
   * @param peopleNouns plural nouns for people that the animacy lists miss or also count as things
   * @param quantifiers words that stand for people on their own as a subject ("some", "others")
   * @param memberMarkers words that introduce members of a group ("such as", "including")
   * @param roleNouns role nouns, with the kind of actor that holds each
   * @param singleWords words that make a noun one source left unnamed ("a", "one", "another")
   */
  GroupMentions(
      MentionHeads heads,
      Lexicon animate,
      Lexicon inanimate,
      Lexicon peopleNouns,
      Lexicon quantifiers,
      Lexicon memberMarkers,
      Lexicon roleNouns,
      Lexicon singleWords) {
    this.heads = heads;
    this.animate = animate;
    this.inanimate = inanimate;
    this.peopleNouns = peopleNouns;
    this.quantifiers = quantifiers;
    this.memberMarkers = memberMarkers;
    this.roleNouns = roleNouns;
    this.singleWords = singleWords;
  }

  /** Whether a word makes a noun one source the text leaves unnamed: "a", "one", "another". */
  boolean isSingleSourceWord(String word) {
    return singleWords.contains(word);
  }

  /**
   * The one person that the token heads as a subject or a source, where the text describes them
   * by whom they stand to and never names them: "a longtime aide to Quill", "a person close to
   * the Mareks", "one of the former lawyers for Quill". The description runs from its determiner
   * through the words that place the person, up to a comma or a dash. A description with nothing
   * after its noun ("one investor", "a source") places no one: it stands for one of a group named
   * elsewhere as often as a person of its own, and speaks for no one here; nor does a bare
   * "another" or "one", which would make an actor of that word.
   */
  Optional<Mention> describedAt(ParsedDocument d, int head) {
    if (isQuotedWord(d, head) || heads.isNameToken(d, head)) {
      return Optional.empty();
    }
    if (d.tag(head).equals("CD") && singleWords.contains(d.word(head))) {
      // "one of the former lawyers for Quill": the plural must itself be placed.
      for (int of : d.children(head, "nmod")) {
        int last = of > head && isPeoplePlural(d, of) ? modifiersAfter(d, of) : of;
        if (last > of) {
          return Optional.of(
              new Mention(Mention.Kind.DESCRIPTION, head, last, head, span(d, head, last)));
        }
      }
      return Optional.empty();
    }
    if (!d.tag(head).equals("NN") || !isPersonNoun(d, head)) {
      return Optional.empty();
    }
    boolean indefinite = false;
    for (ParsedDocument.Dependent dep : d.dependents(head)) {
      indefinite |= dep.token() < head
          && (dep.relation().equals("det") || dep.relation().equals("nummod"))
          && singleWords.contains(d.word(dep.token()));
    }
    int last = modifiersAfter(d, head);
    return indefinite && last > head ? Optional.of(description(d, head, last)) : Optional.empty();
  }

  /**
   * The one person a definite description that the token heads stands for, where the words after
   * its noun place them: "the former chief of staff to Quill", "the harbour master at Leeds". Such
   * a description is read only where no one the text names holds the role; like an indefinite
   * one, it stops at a comma or a dash, unless a relative clause follows the comma ("the tailor,
   * who sews for a rival label"); with nothing after its noun ("the tailor") it places no one.
   */
  Optional<Mention> placedAt(ParsedDocument d, int head) {
    if (isQuotedWord(d, head) || heads.isNameToken(d, head) || !d.tag(head).equals("NN")
        || !isPersonNoun(d, head)) {
      return Optional.empty();
    }
    boolean definite = false;
    for (ParsedDocument.Dependent dep : d.dependents(head)) {
      definite |= dep.token() < head && dep.relation().equals("det")
          && d.word(dep.token()).equalsIgnoreCase("the");
    }
    int last = modifiersAfter(d, head);
    if (last == head) {
      last = relativeAfterComma(d, head);
    }
    return definite && last > head ? Optional.of(description(d, head, last)) : Optional.empty();
  }

  /** The description of one person whose noun is {@code head}, through {@code last}. */
  private Mention description(ParsedDocument d, int head, int last) {
    Mention p = phrase(d, head, last);
    return new Mention(Mention.Kind.DESCRIPTION, p.first(), last, head, p.text());
  }

  /**
   * The last token of a relative clause set off by a comma right after the noun, which places the
   * person it describes ("the tailor, who sews for a rival label"); the noun itself where there
   * is none.
   */
  private static int relativeAfterComma(ParsedDocument d, int head) {
    if (head + 1 >= d.size() || !d.word(head + 1).equals(",")) {
      return head;
    }
    for (int c : d.children(head, "acl:relcl")) {
      if (c > head && !d.isQuoted(c)) {
        Optional<int[]> range = d.subtreeRange(c, 2 * MAX_TOKENS);
        if (range.isPresent() && range.get()[0] == head + 2 && sameLine(d, head, range.get()[1])) {
          return range.get()[1];
        }
      }
    }
    return head;
  }

  /** Whether a singular noun names a person: "aide", "person", "lawyer". */
  private boolean isPersonNoun(ParsedDocument d, int t) {
    String word = d.word(t);
    String lemma = d.lemma(t);
    return peopleNouns.contains(lemma)
        || roleNouns.value(lemma, "").equals("PERSON")
        || animate.contains(word) && !inanimate.contains(word);
  }

  /**
   * The group that the token heads as a subject or a source: an unnamed plural of people or a
   * quantifier that stands for people. Empty for a name, a singular noun and a plural thing.
   */
  Optional<Mention> unnamedAt(ParsedDocument d, int head) {
    if (isQuotedWord(d, head) || heads.isNameToken(d, head) && !isOpeningPlural(d, head)) {
      return Optional.empty();
    }
    if (isQuantifier(d, head) || isPeoplePlural(d, head) || isOpeningPlural(d, head)) {
      return Optional.of(phrase(d, head, Math.max(modifiersAfter(d, head), conjuncts(d, head))));
    }
    return Optional.empty();
  }

  /**
   * Whether the token is a plural of people that the tagger read as a name only because it opens
   * its sentence with a capital: "Advisers to the senator said ...". NER gives it no name, and in
   * lower case it is a plural that names people.
   */
  boolean isOpeningPlural(ParsedDocument d, int t) {
    String word = d.word(t);
    if (!MentionHeads.opensSentenceAsUnknownName(d, t) || word.length() < 4
        || !word.endsWith("s") || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    String singular = lower.substring(0, lower.length() - 1);
    return peopleNouns.contains(singular)
        || roleNouns.value(singular, "").equals("PERSON")
        || animate.contains(lower) && !inanimate.contains(lower);
  }

  /**
   * The last token of the plurals of people coordinated with a group's head ("critics and
   * supporters of the plan", "donors and lobbyists"), which the group's name takes in; the head
   * itself where there are none. A conjunct after a comma or on another line is left out.
   */
  private int conjuncts(ParsedDocument d, int head) {
    int last = head;
    for (int c : d.children(head, "conj")) {
      if (c < head || d.isQuoted(c) || !isPeoplePlural(d, c) || !sameLine(d, head, c)) {
        continue;
      }
      boolean broken = false;
      for (int t = head + 1; t < c; t++) {
        if (isBreak(d, t)) {
          broken = true;
        }
      }
      if (!broken) {
        last = Math.max(last, Math.max(c, modifiersAfter(d, c)));
      }
    }
    return last;
  }

  /**
   * The coordination of names that a subject name opens, as one group: "Quill and Marek", "Both
   * Quill and the Halden Institute", "Neither Quill nor Marek". Empty where the name stands alone
   * or a conjunct is no name.
   */
  Optional<Mention> jointAt(ParsedDocument d, Mention first) {
    int head = first.head();
    if (isQuotedWord(d, head)) {
      return Optional.empty();
    }
    List<Integer> conjuncts = d.children(head, "conj");
    if (conjuncts.isEmpty()) {
      return Optional.empty();
    }
    int last = first.last();
    for (int c : conjuncts) {
      if (c < head || d.isQuoted(c) || !heads.isNameToken(d, c) || !sameLine(d, head, c)) {
        return Optional.empty();
      }
      last = Math.max(last, heads.name(d, c).last());
    }
    // "Sens. Ada Quill of Norland and Ivo Marek of Halden": the last name's place is the group's.
    last = Math.max(last, modifiersAfter(d, conjuncts.get(conjuncts.size() - 1)));
    Mention opening = phrase(d, head, first.last());
    int start = Math.min(opening.first(), first.first());
    return Optional.of(
        new Mention(Mention.Kind.GROUP, start, last, head, span(d, start, last)));
  }

  /**
   * Whether a name after a group's head is one of its members, which a word such as "such as" or
   * "including" introduces ("critics such as Quill", "economists, including Marek,"), rather than
   * a person or place that relates or places the group ("allies of Quill", "voters in Halden").
   */
  boolean introducesMember(ParsedDocument d, int groupHead, int nameFirst) {
    for (int t = groupHead + 1; t < nameFirst; t++) {
      if (memberMarkers.contains(d.word(t).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group that a subject heads where a comma or a dash closes its phrase before a word that
   * introduces some of its members: "Several mayors, including Quill and Marek, said", "Some
   * critics of the levy, like Okafor, argue", "Others — for instance, Okafor — have urged". The
   * names set off this way are examples the writer gives of the group, which is who speaks; without
   * the comma ("critics such as Quill") the member still speaks for it ({@link #introducesMember}).
   * Empty where the token heads no group or no member is set off after its phrase.
   */
  Optional<Mention> withMembersSetOff(ParsedDocument d, int head, int verb) {
    Optional<Mention> group = unnamedAt(d, head);
    if (group.isEmpty()) {
      return Optional.empty();
    }
    int closing = group.get().last() + 1;
    if (closing >= verb || !isBreak(d, closing) || d.isQuoted(closing)) {
      return Optional.empty();
    }
    // "including", "like", "such as", and "for instance" / "for example" after its "for".
    for (int t = closing + 1; t < verb && t <= closing + 2; t++) {
      if (memberMarkers.contains(d.word(t).toLowerCase(java.util.Locale.ROOT))) {
        return group;
      }
      if (!d.word(t).equalsIgnoreCase("for")) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the token is a word of a quotation, in quotation marks or in a stretch set off with
   * doubled apostrophes (''like this''): "''Several of us argued ...,'' Marek said" quotes Marek,
   * and the words are his, not the writer's naming of a speaker.
   */
  static boolean isQuotedWord(ParsedDocument d, int t) {
    return d.isQuoted(t) || DoubledQuotes.stretchAround(d, t).isPresent();
  }

  /** Whether the token is one of the quantifiers that stand for people on their own. */
  boolean isQuantifierWord(ParsedDocument d, int t) {
    return quantifiers.contains(d.word(t).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the token is a quantifier that stands for people on its own: "some", "others". One
   * that a phrase with "of" completes stands for what that phrase names: "some of the aides" are
   * people, "most of the documents" are not.
   */
  private boolean isQuantifier(ParsedDocument d, int t) {
    if (!quantifiers.contains(d.word(t))) {
      return false;
    }
    for (int of : d.children(t, "nmod")) {
      if (!d.tag(of).startsWith("PRP") && !isPeoplePlural(d, of)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last token of the modifiers right after a head that place or qualify it ("officials in
   * Ohio", "people close to Quill", "Marek (R)"), up to the first comma or dash; the head itself
   * where there are none.
   */
  private int modifiersAfter(ParsedDocument d, int head) {
    int last = head;
    for (ParsedDocument.Dependent dep : d.dependents(head)) {
      String r = dep.relation();
      if (dep.token() <= head || d.isQuoted(dep.token())
          || !(r.startsWith("nmod") || r.equals("amod") || r.equals("appos")
              && d.word(dep.token() - 1).equals("(") || isParticipleAfter(d, dep))) {
        continue;
      }
      // A longer reach, since what follows a comma is cut off below.
      Optional<int[]> range = d.subtreeRange(dep.token(), 3 * MAX_TOKENS);
      if (range.isEmpty()) {
        continue;
      }
      int end = range.get()[1];
      if (d.word(end + 1 < d.size() ? end + 1 : end).equals(")")) {
        end++;
      }
      // "Officials in Halden, the port city, said": what follows a comma or a dash describes the
      // place and is left out, but the place itself still places the group.
      for (int t = head + 1; t <= end; t++) {
        if (isBreak(d, t)) {
          end = t - 1;
          break;
        }
      }
      if (end >= dep.token() && end - head <= MAX_TOKENS && sameLine(d, head, end)) {
        last = Math.max(last, end);
      }
    }
    return last;
  }

  /**
   * Whether a dependent is a participle that places the people a plural names by what they do
   * ("voters queueing at the booths on Sunday", "members trying to win back the seat"), not a
   * relative clause.
   */
  private static boolean isParticipleAfter(ParsedDocument d, ParsedDocument.Dependent dep) {
    String tag = d.tag(dep.token());
    return dep.relation().equals("acl") && (tag.equals("VBG") || tag.equals("VBN"))
        && !d.word(dep.token() - 1).equals(",");
  }

  /**
   * Whether the token breaks off a group's name: a comma, a quoted word, a dash, or a hyphen set
   * off by a space; a hyphen inside a word ("North-Rhine") breaks nothing.
   */
  private static boolean isBreak(ParsedDocument d, int t) {
    if (d.word(t).equals(",") || d.isQuoted(t) || Dashes.isDialogueDash(d.word(t))) {
      return true;
    }
    return Dashes.isDashRun(d.word(t)) && !d.joinsNeighbours(t);
  }

  /** Whether the token is a plural noun that names people. */
  private boolean isPeoplePlural(ParsedDocument d, int t) {
    String tag = d.tag(t);
    if (!(tag.equals("NNS") || tag.equals("NNPS"))) {
      return false;
    }
    String word = d.word(t);
    String lemma = d.lemma(t);
    return peopleNouns.contains(lemma)
        || roleNouns.value(lemma, "").equals("PERSON")
        || animate.contains(word) && !inanimate.contains(word);
  }

  /**
   * The group's phrase: the head with its determiner, quantifier, number, adjectives and
   * compounds before it, on the head's line, up to {@code last}.
   */
  private Mention phrase(ParsedDocument d, int head, int last) {
    int first = MentionHeads.modifiersStart(d, head, NAME_MODIFIERS, MAX_TOKENS);
    return new Mention(Mention.Kind.GROUP, first, last, head, span(d, first, last));
  }
}
