package io.github.debatestance.nlp.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mention a head token stands for: a pronoun, a role noun with the words that modify it and
 * its determiner, or the whole name around a name token. A name stops at a line break, at a
 * possessive and at a verb that a headline in title case sets right after it ("Ada Brennan Says
 * ..."); a courtesy title before it is no part of it.
 *
 * <p>Immutable and thread-safe.
 */
final class MentionHeads {

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their");

  private final Lexicon roleNouns;
  private final Lexicon pronouns;
  private final Lexicon honorifics;
  private final Lexicon headlineVerbs;
  private final Lexicon organizationWords;

  /**
   * @param roleNouns nouns that name a role ("spokesman"), never a name
   * @param pronouns pronouns that can stand for an actor, with their case
   * @param honorifics courtesy titles before a name ("Mrs.", "Sen.")
   * @param headlineVerbs verbs that a headline in title case sets right after a name
   */
  MentionHeads(
      Lexicon roleNouns,
      Lexicon pronouns,
      Lexicon honorifics,
      Lexicon headlineVerbs,
      Lexicon organizationWords) {
    this.roleNouns = roleNouns;
    this.pronouns = pronouns;
    this.honorifics = honorifics;
    this.headlineVerbs = headlineVerbs;
    this.organizationWords = organizationWords;
  }

  /** The mention whose head is the token, if the token can stand for a speaker. */
  Optional<Mention> at(ParsedDocument d, int head) {
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
  Optional<Mention> reference(ParsedDocument d, int head) {
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

  Optional<Mention> nameOrRole(ParsedDocument d, int head) {
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
    if ((tag.equals("NN") || tag.equals("NNP"))
        && (roleNouns.contains(d.lemma(head)) || endsOrganizationNameBefore(d, head))) {
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
   * Whether a common noun is the last word of an organisation's name given before it: "the
   * coalition" after "the Heron Coalition". News shortens a body's name to the noun that heads it,
   * whichever noun that is, so the noun points back to the name as a role noun would, though no
   * lexicon lists it. Only right after "the", as the shortened name stands.
   */
  private boolean endsOrganizationNameBefore(ParsedDocument d, int head) {
    String word = d.word(head);
    if (head == 0 || !d.word(head - 1).equalsIgnoreCase("the")
        || d.isQuoted(head) || isCapitalised(word) || !d.tag(head).equals("NN")) {
      return false;
    }
    for (int t = head - 1; t > 0; t--) {
      if (d.word(t).equalsIgnoreCase(word)
          && isCapitalised(d.word(t))
          && d.ner(t).equals("ORGANIZATION")
          && d.ner(t - 1).equals("ORGANIZATION")
          && (t + 1 >= d.size() || !d.ner(t + 1).equals("ORGANIZATION"))
          && !d.isQuoted(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name whose last word the tagger took for a common noun: "Veyra AI", "Corvane Labs", where a
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

  /** Whether the token is part of a proper name. */
  boolean isNameToken(ParsedDocument d, int t) {
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

  /** The whole name around a name token. */
  Mention name(ParsedDocument d, int head) {
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
      } else if (!tagged && last + 2 < d.size() && linksOrganizationName(d, last)
          && continuesName(d, last + 2, ner, tagged) && sameLine(d, last, last + 2)) {
        // "the Centre for Model Risk", "the Council on Harbour Safety", where NER tagged none of it.
        last += 2;
      } else {
        break;
      }
    }
    if (first > 1 && opensOrganizationName(d, first - 1, first, last)) {
      first--;
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
   * Whether the token is a word that heads an organisation's name ("Centre", "Institute") with
   * "for", "of" or "on" after it, which joins the rest of the name.
   */
  private boolean linksOrganizationName(ParsedDocument d, int t) {
    return organizationWords.contains(d.word(t))
        && Character.isUpperCase(d.word(t).codePointAt(0))
        && ORGANIZATION_NAME_LINKS.contains(d.word(t + 1));
  }

  /**
   * Whether the token is a capitalised adjective that opens the organisation's name after it: "the
   * Norwegian Council on Digital Safety", where NER tags the name from "Council" on. A capitalised
   * adjective inside a sentence, after "the" and before a name, is a nationality or another
   * proper adjective, and names the same body; before a person's name ("the Norwegian Ada
   * Brennan") it only describes her, so only organisations take it.
   */
  private boolean opensOrganizationName(ParsedDocument d, int t, int first, int last) {
    return d.tag(t).equals("JJ")
        && isCapitalised(d.word(t))
        && !d.isQuoted(t)
        && t - 1 >= d.sentenceBegin(d.sentenceOf(t))
        && d.word(t - 1).equalsIgnoreCase("the")
        && sameLine(d, t - 1, first)
        && isOrganizationName(d, first, last);
  }

  /** Whether NER tags the name as an organisation's, or one of its words is an organisation word. */
  private boolean isOrganizationName(ParsedDocument d, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (d.ner(t).equals("ORGANIZATION")
          || organizationWords.contains(d.word(t).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The words that join the parts of an organisation's name. */
  private static final Set<String> ORGANIZATION_NAME_LINKS = Set.of("for", "of", "on");

  /**
   * The first token of a phrase's modifiers before its head, on the head's line: the subtrees of
   * the head's dependents that come before it by one of {@code relations}, none of them quoted and
   * each within {@code maxTokens} ("the new county poll" for "poll").
   */
  static int modifiersStart(ParsedDocument d, int head, Set<String> relations, int maxTokens) {
    int first = head;
    for (ParsedDocument.Dependent dep : d.dependents(head)) {
      if (dep.token() >= first || d.isQuoted(dep.token()) || !relations.contains(dep.relation())) {
        continue;
      }
      int[] range = d.subtreeRange(dep.token(), maxTokens).orElse(new int[] {head, head});
      if (range[1] < head && sameLine(d, range[0], head)) {
        first = Math.min(first, range[0]);
      }
    }
    return first;
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
    return d.word(t).equals("-") && d.joinsNeighbours(t)
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
  Mention nameBeforeHeadlineVerb(ParsedDocument d, Mention m) {
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

  /**
   * Who speaks through a verb of a headline in title case where the parse found no subject: the
   * capitalised words that open the line before the verb, whatever the tagger made of them.
   * "Villager Says The Dam Will Burst", "Former Mill Foreman Wants A Recount": the line is read as
   * one noun phrase whose opening words name no one NER knows, yet a verb of the headline list
   * written with a capital right after them is the headline's, and they are whom it reports. In
   * running text such a verb never has a capital, so the capital is the evidence. Empty where a
   * word before the verb on its line is in lower case, a pronoun, quoted or no word, or where more
   * than {@link #HEADLINE_WORDS} stand before it.
   */
  Optional<Mention> headlineSubject(ParsedDocument d, int verb) {
    if (!isHeadlineVerb(d, verb)) {
      return Optional.empty();
    }
    int first = verb;
    while (first > 0 && sameLine(d, first - 1, first)) {
      int t = first - 1;
      if (verb - t > HEADLINE_WORDS || !HEADLINE_WORD.matcher(d.word(t)).matches()
          || d.isQuoted(t) || d.tag(t).startsWith("PRP") || isHeadlineVerb(d, t)) {
        return Optional.empty();
      }
      first = t;
    }
    return first == verb
        ? Optional.empty()
        : Optional.of(new Mention(Mention.Kind.NAME, first, verb - 1, verb - 1,
            span(d, first, verb - 1)));
  }

  /** A word of a headline in title case: a capital, then letters, dots, hyphens or apostrophes. */
  private static final Pattern HEADLINE_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*");

  /** How many capitalised words of a headline may stand between its verb and a subject name. */
  private static final int HEADLINE_WORDS = 6;

  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /**
   * Whether the token opens its sentence as a name that NER does not know, in lower case but for
   * its first letter: a common word the tagger read as a name only for the capital it opens the
   * sentence with ("Advisers to ...", "Research conducted for ...").
   */
  static boolean opensSentenceAsUnknownName(ParsedDocument d, int t) {
    String word = d.word(t);
    return t == d.sentenceBegin(d.sentenceOf(t)) && d.ner(t).equals("O")
        && d.tag(t).startsWith("NNP")
        && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
  }

  /** The word with its first letter in upper case: "senate" gives "Senate". */
  static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static boolean isRoleModifier(ParsedDocument d, int t) {
    String tag = d.tag(t);
    return !d.isQuoted(t)
        && (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS") || tag.equals("CD")
            || tag.equals("HYPH"));
  }

  static String span(ParsedDocument d, int first, int last) {
    return d.text().substring(d.begin(first), d.end(last));
  }
}
