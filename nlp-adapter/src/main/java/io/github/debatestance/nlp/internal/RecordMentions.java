package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.MentionHeads.sameLine;
import static io.github.debatestance.nlp.internal.MentionHeads.span;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A written or published record that speaks for itself where the text cites it without its
 * author, as a verb's subject ("a fresh survey found that ...", "the memo states ...") or as the
 * source of "according to" ("according to a Halden Courier report"). The mention is the noun
 * phrase as the text writes it without its leading article, from its adjectives and compounds
 * ("new Northwind poll") through the modifiers right after its head that say which record it is
 * ("report by the county auditor", "survey released Friday"), up to a comma or a dash: a reader
 * of the debate map can tell one record from another only by these words.
 *
 * <p>A record whose owner is a pronoun ("his report") is its owner's word and no record of its
 * own. Words in a quotation name no record.
 *
 * <p>Immutable and thread-safe.
 */
final class RecordMentions {

  /** The dependents before a head noun that belong to the record's name. */
  private static final Set<String> NAME_MODIFIERS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "advmod");

  /** The articles a record's name is given without: "a poll" and "the poll" are one record. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** How far the subtree of a modifier before the head may reach, which keeps the walk linear. */
  private static final int MAX_TOKENS = 12;

  /** How far the subtree of a modifier after the head may reach. */
  private static final int MAX_PHRASE = 30;

  private final Lexicon recordNouns;

  /** @param recordNouns nouns of written or published records ("poll", "memo", "filing") */
  RecordMentions(Lexicon recordNouns) {
    this.recordNouns = recordNouns;
  }

  /** Whether the token is a noun that names a written or published record. */
  boolean isRecordNoun(ParsedDocument d, int t) {
    return d.tag(t).startsWith("NN")
        && recordNouns.contains(d.lemma(t).toLowerCase(Locale.ROOT));
  }

  /**
   * The record that the token heads, cited without its author. Empty for any other noun, for a
   * record a pronoun owns, and for a word in a quotation.
   */
  Optional<Mention> at(ParsedDocument d, int head) {
    if (!isRecordNoun(d, head) || GroupMentions.isQuotedWord(d, head)) {
      return Optional.empty();
    }
    for (int owner : d.children(head, "nmod:poss")) {
      if (d.tag(owner).startsWith("PRP")) {
        return Optional.empty();
      }
    }
    int last = participleReadAsVerb(d, head).orElse(modifiersAfter(d, head));
    int first = MentionHeads.modifiersStart(d, head, NAME_MODIFIERS, MAX_TOKENS);
    while (first < head && ARTICLES.contains(d.word(first).toLowerCase(Locale.ROOT))) {
      first++;
    }
    return Optional.of(new Mention(Mention.Kind.RECORD, first, last, head, span(d, first, last)));
  }

  /**
   * The last token of the modifiers right after the head that tell which record it is: a phrase
   * with a preposition ("report by the county auditor", "survey of 500 voters") or a participle
   * ("poll released Friday", "filing submitted in district court by the port"), up to the first
   * comma, dash, parenthesis or quotation mark, which sets off words that describe the record
   * rather than name it; the head itself where there are none.
   */
  private static int modifiersAfter(ParsedDocument d, int head) {
    int last = head;
    for (ParsedDocument.Dependent dep : d.dependents(head)) {
      int t = dep.token();
      String r = dep.relation();
      if (t <= last || !(r.startsWith("nmod") && !r.equals("nmod:poss") || r.equals("amod")
          || r.equals("acl") && d.tag(t).equals("VBN") || isTopicParticiple(d, dep))) {
        continue;
      }
      Optional<int[]> range = d.subtreeRange(t, MAX_PHRASE);
      if (range.isEmpty() || range.get()[0] != last + 1) {
        break;
      }
      int end = range.get()[1];
      for (int u = last + 1; u <= end; u++) {
        if (isBreak(d, head, u)) {
          return u - 1;
        }
      }
      last = end;
    }
    return last;
  }

  /**
   * Whether a dependent is a present participle that tells what the record is about, with only a
   * phrase with a preposition under it: "email relating to the harbour", "memo concerning the
   * budget". A participle with an object or a clause ("report showing that ...") says what the
   * record holds, not which one it is.
   */
  private static boolean isTopicParticiple(ParsedDocument d, ParsedDocument.Dependent dep) {
    int t = dep.token();
    if (!dep.relation().equals("acl") || !d.tag(t).equals("VBG")) {
      return false;
    }
    for (ParsedDocument.Dependent under : d.dependents(t)) {
      String r = under.relation();
      if (!(r.startsWith("obl") || r.equals("advmod") || r.equals("punct"))) {
        return false;
      }
    }
    return !d.children(t, "obl").isEmpty();
  }

  /**
   * Where the parse read a participle after the record as its verb, the last token of the
   * participle's words: in "The report published Monday showed that ...", it takes "published" for
   * the verb whose subject is "report", and hangs the real verb "showed" loosely from it. Empty
   * where the record's head is no such subject.
   */
  private static Optional<Integer> participleReadAsVerb(ParsedDocument d, int head) {
    Optional<ParsedDocument.Dependent> up = d.head(head);
    if (up.isEmpty() || !up.get().relation().equals("nsubj")
        || !isParticipleReadAsVerb(d, up.get().token())) {
      return Optional.empty();
    }
    int participle = up.get().token();
    int verb = looseVerbAfter(d, participle).orElse(d.size());
    for (int u = head + 1; u < participle; u++) {
      if (isBreak(d, head, u)) {
        return Optional.empty();
      }
    }
    int last = participle;
    while (last + 1 < verb && !isBreak(d, head, last + 1)) {
      last++;
    }
    // "Figures released Sunday now show ...": an adverb before the verb goes with the verb.
    while (last > participle && d.tag(last).startsWith("RB")) {
      last--;
    }
    return Optional.of(last);
  }

  /**
   * Whether the verb is a participle that the parse read as a clause's verb, with the clause's
   * own verb hung loosely after it and given no subject: a past participle, which the tagger may
   * also have read as a past tense, with no auxiliary ("The report published Monday showed ...",
   * "A memo sent to staff warned ...").
   */
  static boolean isParticipleReadAsVerb(ParsedDocument d, int verb) {
    String tag = d.tag(verb);
    if (!(tag.equals("VBN") || tag.equals("VBD")) || !d.children(verb, "aux").isEmpty()
        || !d.children(verb, "aux:pass").isEmpty() || !d.children(verb, "cop").isEmpty()) {
      return false;
    }
    return looseVerbAfter(d, verb).isPresent();
  }

  /** The first finite verb after {@code verb} that the parse hangs loosely from it, subjectless. */
  private static OptionalInt looseVerbAfter(ParsedDocument d, int verb) {
    return d.children(verb, "dep").stream()
        .mapToInt(Integer::intValue)
        .filter(v -> v > verb && ParsedDocument.isFiniteTag(d.tag(v)) && !d.hasOwnSubject(v))
        .min();
  }

  /**
   * Whether the token ends a record's name: a comma, a dash set off from the words around it (a
   * hyphen inside a name such as "Halden-Norby" does not), a bracket, a quotation or a new line.
   */
  private static boolean isBreak(ParsedDocument d, int head, int t) {
    String w = d.word(t);
    return w.equals(",") || w.equals(";") || w.equals(":")
        || Dashes.isDashRun(w) && !d.joinsNeighbours(t)
        || w.equals("(") || w.equals("-LRB-") || d.isQuoted(t) || !sameLine(d, head, t)
        || d.sentenceOf(t) != d.sentenceOf(head);
  }
}
