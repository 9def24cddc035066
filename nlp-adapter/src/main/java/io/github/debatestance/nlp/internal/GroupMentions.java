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

  /**
   * @param heads reads the names of a coordination
   * @param animate nouns that name animate beings (CoreNLP's animacy list)
   * @param inanimate nouns that name things (CoreNLP's animacy list)
   * @param peopleNouns plural nouns for people that the animacy lists miss or also count as things
   * @param quantifiers words that stand for people on their own as a subject ("some", "others")
   * @param memberMarkers words that introduce members of a group ("such as", "including")
   * @param roleNouns role nouns, with the kind of actor that holds each
   */
  GroupMentions(
      MentionHeads heads,
      Lexicon animate,
      Lexicon inanimate,
      Lexicon peopleNouns,
      Lexicon quantifiers,
      Lexicon memberMarkers,
      Lexicon roleNouns) {
    this.heads = heads;
    this.animate = animate;
    this.inanimate = inanimate;
    this.peopleNouns = peopleNouns;
    this.quantifiers = quantifiers;
    this.memberMarkers = memberMarkers;
    this.roleNouns = roleNouns;
  }

  /**
   * The group that the token heads as a subject or a source: an unnamed plural of people or a
   * quantifier that stands for people. Empty for a name, a singular noun and a plural thing.
   */
  Optional<Mention> unnamedAt(ParsedDocument d, int head) {
    if (isQuotedWord(d, head) || heads.isNameToken(d, head)) {
      return Optional.empty();
    }
    if (isQuantifier(d, head) || isPeoplePlural(d, head)) {
      return Optional.of(phrase(d, head, modifiersAfter(d, head)));
    }
    return Optional.empty();
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
   * Whether the token is a word of a quotation, in quotation marks or in a stretch set off with
   * doubled apostrophes (''like this''): "''Several of us argued ...,'' Marek said" quotes Marek,
   * and the words are his, not the writer's naming of a speaker.
   */
  static boolean isQuotedWord(ParsedDocument d, int t) {
    return d.isQuoted(t) || DoubledQuotes.stretchAround(d, t).isPresent();
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
              && d.word(dep.token() - 1).equals("("))) {
        continue;
      }
      Optional<int[]> range = d.subtreeRange(dep.token(), MAX_TOKENS);
      if (range.isEmpty() || !sameLine(d, head, range.get()[1])) {
        continue;
      }
      int end = range.get()[1];
      if (d.word(end + 1 < d.size() ? end + 1 : end).equals(")")) {
        end++;
      }
      boolean broken = false;
      for (int t = head + 1; t <= end; t++) {
        String w = d.word(t);
        if (w.equals(",") || Dashes.isDashRun(w) || d.isQuoted(t)) {
          broken = true;
          break;
        }
      }
      if (!broken) {
        last = Math.max(last, end);
      }
    }
    return last;
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
    int first = head;
    for (ParsedDocument.Dependent dep : d.dependents(head)) {
      if (dep.token() >= first || d.isQuoted(dep.token())
          || !NAME_MODIFIERS.contains(dep.relation())) {
        continue;
      }
      int[] range = d.subtreeRange(dep.token(), MAX_TOKENS).orElse(new int[] {head, head});
      if (range[1] < head && sameLine(d, range[0], head)) {
        first = Math.min(first, range[0]);
      }
    }
    return new Mention(Mention.Kind.GROUP, first, last, head, span(d, first, last));
  }
}
