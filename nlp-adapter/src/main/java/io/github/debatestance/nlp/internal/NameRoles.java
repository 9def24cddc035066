package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.MentionHeads.isRoleModifier;
import static io.github.debatestance.nlp.internal.MentionHeads.sameLine;
import static io.github.debatestance.nlp.internal.MentionHeads.span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The roles the text gives a name: a title before it ("party chairman Tom Okafor"), a role it
 * stands in apposition to ("Corvane's chief executive, Tomas Reyes,") and an appositive after
 * it (", the county's treasurer,"), the organisation it is "of" ("Ana Berg of the Tallin
 * Institute"), and the post a relative clause gives it (", who chairs the county board,"); and
 * which words are role nouns or titles.
 *
 * <p>Immutable and thread-safe.
 */
final class NameRoles {

  /** The longest object of a relative clause's verb read as the place of a post. */
  private static final int MAX_POST_WORDS = 12;

  /** How many words may describe an organisation before its name ("the nonprofit"). */
  private static final int MAX_DESCRIBING_WORDS = 3;

  /** Prepositions after which a role says where or for whom the post is held. */
  private static final Set<String> ROLE_PLACING =
      Set.of("of", "for", "at", "in", "on", "to", "with", "from", "under", "by");

  private final Lexicon roleNouns;
  private final Lexicon honorifics;
  private final Lexicon roleVerbs;

  /**
   * @param roleNouns nouns that name a role ("spokesman", "senator")
   * @param honorifics courtesy titles ("Mrs.", "Gov.")
   * @param roleVerbs verbs of a relative clause that name a post ("chairs", "founded"), with the
   *     role noun of each
   */
  NameRoles(Lexicon roleNouns, Lexicon honorifics, Lexicon roleVerbs) {
    this.roleNouns = roleNouns;
    this.honorifics = honorifics;
    this.roleVerbs = roleVerbs;
  }

  /** Whether the token is a role noun or title, whatever its case ("spokesman", "Gov."). */
  boolean isRoleWord(ParsedDocument d, int t) {
    return roleNouns.contains(d.word(t)) || roleNouns.contains(d.lemma(t))
        || honorifics.contains(d.word(t));
  }

  /**
   * Whether a role the text gives a name is the role a role noun names: "Florida senator" and
   * "Sen." (by the role noun the abbreviation stands for) hold "senator". Only the words before the
   * role's first preposition name the post: "spokesman for the president" holds "spokesman", not
   * "president", and "head of the unit at the Commission" does not hold "commission".
   */
  boolean holds(String role, String noun) {
    for (String word : role.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (ROLE_PLACING.contains(word)) {
        return false;
      }
      if (word.contains(noun) || abbreviatedRole(word).filter(noun::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The role noun that a title abbreviates ("senator" for "Sen."), from honorifics.tsv. */
  private Optional<String> abbreviatedRole(String word) {
    List<String> fields = honorifics.values(word);
    return fields.size() > 1 ? Optional.of(fields.get(1)) : Optional.empty();
  }

  /** The role a role mention names: its head noun, lower-cased. */
  String roleNoun(ParsedDocument d, Mention m) {
    return d.lemma(m.head());
  }

  /** The titles and appositives the text gives a name at this mention. */
  List<String> rolesAt(ParsedDocument d, Mention name) {
    java.util.ArrayList<String> roles = new java.util.ArrayList<>();
    titleBefore(d, name).ifPresent(roles::add);
    roleBeforeInApposition(d, name).ifPresent(roles::add);
    appositiveAfter(d, name).ifPresent(roles::add);
    affiliationAfter(d, name).ifPresent(roles::add);
    postInRelativeClause(d, name).ifPresent(roles::add);
    return roles;
  }

  /**
   * The post a relative clause of the name gives by its verb and object: "chair of the safety
   * board" for "Ruth Okafor, who chairs the safety board,", "founder of Corvane" for "who founded
   * Corvane". The past tense of a verb that names a post held now makes it a former one ("who led
   * the agency": "former head of the agency").
   */
  private Optional<String> postInRelativeClause(ParsedDocument d, Mention name) {
    for (int t = name.first(); t <= name.last(); t++) {
      for (int verb : d.children(t, "acl:relcl")) {
        List<String> role = roleVerbs.values(d.lemma(verb));
        List<Integer> objects = d.children(verb, "obj");
        if (role.isEmpty() || objects.isEmpty()
            || d.children(verb, "nsubj").stream().noneMatch(s -> d.tag(s).equals("WP"))) {
          continue;
        }
        Optional<int[]> post = d.subtreeRange(objects.get(0), MAX_POST_WORDS);
        if (post.isEmpty() || d.isQuoted(post.get()[0])) {
          continue;
        }
        boolean former = d.tag(verb).equals("VBD") && !role.contains("past");
        return Optional.of((former ? "former " : "") + role.get(0) + " of "
            + span(d, post.get()[0], placeOfPost(d, verb, post.get()[1])));
      }
    }
    return Optional.empty();
  }

  /**
   * The end of a post that a place after the verb's object goes on: "the standards unit at the
   * Commission" in "who leads the standards unit at the Commission", where the parser hangs "at
   * the Commission" on the verb. Only a name right after the object joins, not a time ("who led
   * the unit until 2019").
   */
  private static int placeOfPost(ParsedDocument d, int verb, int objectEnd) {
    for (int place : d.children(verb, "obl")) {
      Optional<int[]> range = d.subtreeRange(place, MAX_POST_WORDS);
      if (range.isPresent()
          && range.get()[0] == objectEnd + 1
          && d.tag(range.get()[0]).equals("IN")
          && d.tag(place).startsWith("NNP")
          && (d.ner(place).equals("ORGANIZATION") || d.ner(place).equals("O"))
          && !CalendarWords.isMonthOrDay(d.word(place))
          && !d.isQuoted(range.get()[1])) {
        return range.get()[1];
      }
    }
    return objectEnd;
  }

  private Optional<String> titleBefore(ParsedDocument d, Mention name) {
    int last = name.first() - 1;
    if (last < 0
        || !roleNouns.contains(d.word(last)) && abbreviatedRole(d.word(last)).isEmpty()) {
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
   * chief executive, Tomas Reyes, said". Read from the parse, so only where the sentence has
   * one.
   */
  private Optional<String> roleBeforeInApposition(ParsedDocument d, Mention name) {
    for (int t = name.first(); t <= name.last(); t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isEmpty() || !head.get().relation().equals("appos")) {
        continue;
      }
      int noun = roleNounOver(d, head.get().token());
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
      return Optional.of(span(d, first, endOfRoleBefore(d, noun, name)));
    }
    return Optional.empty();
  }

  /**
   * The role noun whose phrase a name stands in apposition to. The parser often hangs the name on
   * the last noun of the phrase, "Sentinel" in "the head of policy at Sentinel, Aaron Feld,": the
   * phrase is the role noun's, so we climb from that noun through the nouns that modify one
   * another to the first role noun. Where there is none, the noun itself comes back.
   */
  private int roleNounOver(ParsedDocument d, int noun) {
    int t = noun;
    while (!roleNouns.contains(d.lemma(t))) {
      Optional<ParsedDocument.Dependent> up = d.head(t);
      if (up.isEmpty() || !up.get().relation().startsWith("nmod") || up.get().token() >= t
          || noun - up.get().token() > MAX_POST_WORDS) {
        return noun;
      }
      t = up.get().token();
    }
    return t;
  }

  /**
   * The last word of a role before a name: the role noun's phrase runs on to the comma before the
   * name ("head of policy at Sentinel"), where nothing but its own words, with no other comma,
   * stand between them. Otherwise the role noun ends it.
   */
  private static int endOfRoleBefore(ParsedDocument d, int noun, Mention name) {
    int end = name.first() - 1;
    if (end <= noun || !d.word(end).equals(",")) {
      return noun;
    }
    end--;
    if (end - noun > MAX_POST_WORDS) {
      return noun;
    }
    for (int t = noun + 1; t <= end; t++) {
      if (d.word(t).equals(",") || d.isQuoted(t) || !sameLine(d, t - 1, t)) {
        return noun;
      }
    }
    return end;
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
    if (firstTag.startsWith("W") || firstTag.startsWith("VB") || firstTag.startsWith("PRP")
        || d.word(first).equalsIgnoreCase("of")) {
      // ", of the Tallin Institute,": an affiliation (affiliationAfter), not a role.
      return Optional.empty();
    }
    boolean hasRole = false;
    for (int t = first; t <= Math.min(last, first + 4); t++) {
      hasRole |= d.tag(t).startsWith("NN") && roleNouns.contains(d.lemma(t));
    }
    if (!hasRole || d.hasFiniteVerb(first, last)) {
      // "..., the council was briefed on Monday": a clause after the comma, not an appositive.
      return Optional.empty();
    }
    if (d.tag(first).equals("DT")) {
      first++;
    }
    return first <= last ? Optional.of(span(d, first, last)) : Optional.empty();
  }

  /**
   * The organisation a person is said to be "of", which news gives for an affiliation with no role
   * noun: "Rosa Lindgren of the Free Compute Alliance", "Anna Berg, of the University of Oslo,".
   * A few words may describe the organisation before its name ("the nonprofit"); the name must be
   * one NER tagged as an organisation.
   */
  private static Optional<String> affiliationAfter(ParsedDocument d, Mention name) {
    int of = name.last() + 1;
    if (of < d.size() && d.word(of).equals(",")) {
      of++;
    }
    if (of + 1 >= d.size() || !d.word(of).equals("of") || !d.ner(name.head()).equals("PERSON")
        || d.sentenceOf(of + 1) != d.sentenceOf(name.last())) {
      return Optional.empty();
    }
    int first = of + 1;
    int org = first;
    while (org < d.size() && org - first < MAX_DESCRIBING_WORDS
        && !d.ner(org).equals("ORGANIZATION")
        && (d.tag(org).equals("DT") || d.tag(org).startsWith("JJ") || d.tag(org).equals("NN"))) {
      org++;
    }
    if (org >= d.size() || !d.ner(org).equals("ORGANIZATION") || d.isQuoted(org)
        || !sameLine(d, name.last(), org)) {
      return Optional.empty();
    }
    int last = org;
    while (last + 1 < d.size() && d.ner(last + 1).equals("ORGANIZATION") && !d.isQuoted(last + 1)
        && d.sentenceOf(last + 1) == d.sentenceOf(org)) {
      last++;
    }
    if (d.tag(first).equals("DT")) {
      first++;
    }
    return Optional.of(span(d, first, last));
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
}
