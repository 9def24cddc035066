package io.github.debatestance.nlp.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Corrects the name finder where the words around a name show what it names. NER knows the names
 * it was trained on; an unfamiliar one it tags at a guess or not at all, and every later stage,
 * from the whole name to the actor's kind and the surname that shortens it, reads its tags. Two
 * contexts settle the question whatever NER made of the words:
 *
 * <ul>
 *   <li>An organisation's word joined by "for", "of" or "on" to a run of capitalised words heads
 *       one organisation's name: "the Centre for Model Risk", "the Institute on Open Computing",
 *       where NER tags none of it, or only the words after the link, often as a person's.
 *   <li>Two or three capitalised words that a person's role noun introduces ("summit chair Priya
 *       Field", "researcher Ines Valley"), or that open with a first name and are the subject of a
 *       speech verb ("Ines Valley argued"), are a person's name, where NER tagged them as a place, as
 *       an organisation, or not at all.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #correct} rewrites the tags of the document it is given.
 */
public final class NameCorrections {

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";

  /** The words that join the parts of an organisation's name. */
  private static final Set<String> ORGANIZATION_NAME_LINKS = Set.of("for", "of", "on");

  /** The longest run of capitalised words read as one organisation's name after its link. */
  private static final int MAX_ORGANIZATION_TAIL = 5;

  /** A person's name runs to two or three words; a longer run is a title or a headline. */
  private static final int MIN_PERSON_WORDS = 2;

  private static final int MAX_PERSON_WORDS = 3;

  private final Lexicon roleNouns;
  private final Lexicon organizationWords;
  private final Lexicon honorifics;
  private final CueVerbs speechCues;
  private final FirstNameGenders firstNames;

  /**
   * @param roleNouns role nouns, with the kind of actor that holds each
   * @param organizationWords words that make a name an organisation's ("Institute", "Centre")
   * @param honorifics courtesy titles ("Mrs.", "Sen.")
   * @param speechCues the speech verbs
   * @param firstNames the gender of first names
   */
  public NameCorrections(
      Lexicon roleNouns,
      Lexicon organizationWords,
      Lexicon honorifics,
      Lexicon speechCues,
      FirstNameGenders firstNames) {
    this.roleNouns = roleNouns;
    this.organizationWords = organizationWords;
    this.honorifics = honorifics;
    this.speechCues = new CueVerbs(speechCues);
    this.firstNames = firstNames;
  }

  /** Rewrites the name tags of the document where the context shows what a name names. */
  public void correct(ParsedDocument d) {
    for (int t = 0; t + 2 < d.size(); t++) {
      t = organisationName(d, t);
    }
    for (int t = 1; t < d.size(); t++) {
      shortenedName(d, t);
    }
    for (int t = 0; t < d.size(); t++) {
      int last = capitalisedRunEnd(d, t);
      if (last < 0) {
        continue;
      }
      int words = last - t + 1;
      if (words >= MIN_PERSON_WORDS && words <= MAX_PERSON_WORDS
          && standsApart(d, t, last)
          && !allTagged(d, t, last, PERSON)
          && (!anyTagged(d, t, last, PERSON) || opensWithFirstName(d, t))
          && (introducedByPersonRole(d, t, last) || speaksUnderFirstName(d, t, last))) {
        for (int i = t; i <= last; i++) {
          d.token(i).setNER(PERSON);
        }
      }
      t = last;
    }
  }

  /**
   * Where the text shortens a body's name to its last word ("the Osprey Collective" ... "the
   * collective"), the capitalised run before is one organisation's name, whatever NER and the
   * tagger made of it (they often take an unfamiliar "Collective" for an adjective and the run
   * for no name), and the short form is a noun. Only a run that NER left untagged is tagged, of
   * two to five words after "the".
   */
  private void shortenedName(ParsedDocument d, int t) {
    String word = d.word(t);
    String tag = d.tag(t);
    if (!d.word(t - 1).equalsIgnoreCase("the") || d.isQuoted(t)
        || !(tag.equals("NN") || tag.equals("JJ")) || word.isEmpty()
        || !word.chars().allMatch(Character::isLowerCase)
        || t + 1 < d.size() && d.tag(t + 1).startsWith("NN")
        || roleNouns.contains(word)) {
      return;
    }
    String full = MentionHeads.capitalised(word);
    for (int u = t - 2; u > 0; u--) {
      if (!d.word(u).equals(full) || d.isQuoted(u)
          || u + 1 < d.size() && MentionHeads.isCapitalised(d.word(u + 1))
              && MentionHeads.sameLine(d, u, u + 1)) {
        continue;
      }
      int first = u;
      while (first > 0 && first > u - MAX_ORGANIZATION_TAIL
          && MentionHeads.isCapitalised(d.word(first - 1))
          && !d.word(first - 1).equalsIgnoreCase("the")
          && MentionHeads.sameLine(d, first - 1, first)) {
        first--;
      }
      if (first == u || first == 0 || !d.word(first - 1).equalsIgnoreCase("the")
          || !allTagged(d, first, u, "O")) {
        continue;
      }
      for (int i = first; i <= u; i++) {
        d.token(i).setNER(ORGANIZATION);
      }
      d.token(u).setTag("NNP");
      d.token(t).setTag("NN");
      return;
    }
  }

  /**
   * Tags as one organisation's name an organisation's word at {@code t}, the capitalised words
   * right before it and the run after its link; returns the last token it tagged, or {@code t}.
   */
  private int organisationName(ParsedDocument d, int t) {
    if (!isCapitalisedNoun(d, t) || !organizationWords.contains(d.word(t))
        || !ORGANIZATION_NAME_LINKS.contains(d.word(t + 1))
        || !isCapitalisedNoun(d, t + 2) || !MentionHeads.sameLine(d, t, t + 2)) {
      return t;
    }
    int last = t + 2;
    while (last + 1 < d.size() && last + 1 - (t + 2) < MAX_ORGANIZATION_TAIL
        && isCapitalisedNoun(d, last + 1) && MentionHeads.sameLine(d, last, last + 1)) {
      last++;
    }
    int first = t;
    while (first > 0 && isCapitalisedNoun(d, first - 1) && !d.ner(first - 1).equals(PERSON)
        && MentionHeads.sameLine(d, first - 1, first)) {
      first--;
    }
    if (!allTagged(d, first, last, ORGANIZATION)) {
      for (int i = first; i <= last; i++) {
        d.token(i).setNER(ORGANIZATION);
      }
    }
    return last;
  }

  /**
   * The last token of the run of capitalised words that may be a person's name, starting at
   * {@code t}, or -1 where no such run starts there or one started right before it.
   */
  private int capitalisedRunEnd(ParsedDocument d, int t) {
    if (!isNameWord(d, t) || t > 0 && isNameWord(d, t - 1)
        && MentionHeads.sameLine(d, t - 1, t) && d.sentenceOf(t - 1) == d.sentenceOf(t)) {
      return -1;
    }
    int last = t;
    while (last + 1 < d.size() && isNameWord(d, last + 1)
        && d.sentenceOf(last + 1) == d.sentenceOf(t) && MentionHeads.sameLine(d, last, last + 1)) {
      last++;
    }
    return last;
  }

  /**
   * Whether the token can be a word of a person's name: capitalised letters, a noun to the tagger,
   * outside quotations, and none of the words that stand next to names without being part of one
   * (roles, titles, an organisation's words, days and months).
   */
  private boolean isNameWord(ParsedDocument d, int t) {
    String w = d.word(t);
    String tag = d.tag(t);
    return (tag.equals("NNP") || tag.equals("NN"))
        && w.length() >= 2
        && Character.isUpperCase(w.codePointAt(0))
        && w.chars().allMatch(Character::isLetter)
        && w.chars().skip(1).anyMatch(Character::isLowerCase)
        && !d.isQuoted(t)
        && !roleNouns.contains(d.lemma(t))
        && !roleNouns.contains(w.toLowerCase(Locale.ROOT))
        && !honorifics.contains(w)
        && !organizationWords.contains(w)
        && !CalendarWords.isMonthOrDay(w);
  }

  private static boolean isCapitalisedNoun(ParsedDocument d, int t) {
    return d.tag(t).startsWith("NNP") && !d.isQuoted(t)
        && MentionHeads.isCapitalised(d.word(t))
        && !CalendarWords.isMonthOrDay(d.word(t));
  }

  /**
   * Whether the run stands apart from the words around it: a run that the tokenizer cut out of a
   * longer word ("Edward-Isaac Dovere", a garbled letter) is only a piece of a name.
   */
  private static boolean standsApart(ParsedDocument d, int first, int last) {
    String text = d.text();
    int before = d.begin(first) - 1;
    int after = d.end(last);
    return (before < 0 || Character.isWhitespace(text.charAt(before))
            || OPENING_MARKS.indexOf(text.charAt(before)) >= 0)
        && (after >= text.length() || Character.isWhitespace(text.charAt(after))
            || CLOSING_MARKS.indexOf(text.charAt(after)) >= 0);
  }

  private static final String OPENING_MARKS = "(\"\u201c\u2018'\u2014\u2013";
  private static final String CLOSING_MARKS = ",.;:!?)'\u2019\"\u201d\u2014\u2013";

  /**
   * Whether the run opens with a first name: where NER tagged a part of the run as a person, only
   * a first name it left out joins that part ("Marine" before a tagged "Le Pen"); a title it left
   * out ("General" before a tagged "Loretta Lynch") does not.
   */
  private boolean opensWithFirstName(ParsedDocument d, int first) {
    return !firstNames.of(d.word(first)).equals("NONE");
  }

  private static boolean anyTagged(ParsedDocument d, int first, int last, String ner) {
    for (int t = first; t <= last; t++) {
      if (d.ner(t).equals(ner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allTagged(ParsedDocument d, int first, int last, String ner) {
    for (int t = first; t <= last; t++) {
      if (!d.ner(t).equals(ner)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person's role noun stands right before the run ("chair Priya Field") or is set off
   * from it by a comma as its appositive ("its director, Ines Valley,").
   */
  private boolean introducedByPersonRole(ParsedDocument d, int first, int last) {
    int before = first - 1;
    if (before >= 0 && d.word(before).equals(",") && (last + 1 >= d.size()
        || d.word(last + 1).equals(",") || d.sentenceOf(last + 1) != d.sentenceOf(last))) {
      before--;
    }
    return before >= 0
        && d.sentenceOf(before) == d.sentenceOf(first)
        && MentionHeads.sameLine(d, before, first)
        && !d.isQuoted(before)
        && (d.tag(before).equals("NN") || d.tag(before).equals("NNP"))
        && roleNouns.value(d.lemma(before), "").equals(PERSON);
  }

  /**
   * Whether the run opens with a first name and is a speech verb's subject ("Ines Valley
   * argued ..."). An organisation NER knows ("Morgan Stanley said") keeps its tag.
   */
  private boolean speaksUnderFirstName(ParsedDocument d, int first, int last) {
    if (!opensWithFirstName(d, first) || anyTagged(d, first, last, ORGANIZATION)) {
      return false;
    }
    for (int t = first; t <= last; t++) {
      var head = d.head(t);
      if (head.isPresent() && head.get().relation().startsWith("nsubj")
          && speechCues.isCue(d, head.get().token())) {
        return true;
      }
    }
    return false;
  }
}
