package io.github.debatestance.nlp.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the quotations that report someone's words from those that only name something or hold
 * a term at a distance: titles of works and shows, slogans in title case, headlines in capitals,
 * single words, and short phrases that nobody is said to have said.
 *
 * <p>A short quotation with no speaker is taken for scare quotes, unless it is a fragment of
 * reported speech: a phrase in lower case inside a sentence with a speech cue verb or a speech
 * noun that reports it ("the senator called the plan "a costly mistake"", "officials said the talks
 * were "going well"", "her promise of "free tuition"").
 * Even then, a quoted phrase that modifies the noun after it (a "tiered release" policy) names the
 * thing rather than quoting anyone.
 *
 * <p>A quotation in title case inside a headline set in title case (the first line of a
 * document) has taken the headline's case: it is the headline's summary of what someone said, which
 * the body quotes as it was said, and no claim of its own.
 *
 * <p>Words that end in an exclamation or a question mark are an utterance however short and
 * whatever their case (the crowd chanted "Four More Years!"), unless they modify the noun after
 * them in the same way ("is it over?" stories) or are a title with a subtitle.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScareQuotes {

  /** A quotation of fewer words and no speaker is taken for scare quotes or a title. */
  private static final int MIN_UNATTRIBUTED_WORDS = 4;

  /** A first paragraph of more words is no headline. */
  private static final int MAX_HEADLINE_WORDS = 30;

  /** The share of a headline's content words that title case capitalises, allowing for a slip. */
  private static final double HEADLINE_CAPITALISED_SHARE = 0.8;

  /** Short words that title case leaves in lower case. */
  private static final Set<String> TITLE_FUNCTION_WORDS =
      Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "with", "by");

  private final CueVerbs speechCues;
  private final Lexicon speechNouns;

  public ScareQuotes(Lexicon speechCues, Lexicon speechNouns) {
    this.speechCues = new CueVerbs(speechCues);
    this.speechNouns = speechNouns;
  }

  /**
   * Whether the quotation reports someone's words and so makes a claim.
   *
   * @param attributed whether the sieves found the quotation a speaker
   * @param startsDocument whether the text of {@code d} begins the document, so that its first
   *     paragraph may be the headline
   */
  public boolean isClaim(
      ParsedDocument d, Quotation q, boolean attributed, boolean startsDocument) {
    if (q.form() != Quotation.Form.MARKS) {
      // A turn or a block is a speaker's own words however few, never a term held at a distance.
      return true;
    }
    String quoted = q.content().of(d.text()).strip();
    int words = quoted.split("\\s+").length;
    if (startsDocument && everyWordInTitleCase(quoted.split("\\s+"))
        && isTitleCaseHeadline(d.text(), q)) {
      return false;
    }
    if (words >= 2 && isUtterance(quoted) && !isSubtitledTitle(quoted)
        && !modifiesNounAfter(d, q)) {
      return true;
    }
    if (words < 2 || isTitle(quoted) || isTitleCase(quoted) && followsPreposition(d, q)) {
      return false;
    }
    return attributed || words >= MIN_UNATTRIBUTED_WORDS || isReportedFragment(d, q, quoted);
  }

  /**
   * Whether the quotation ends in an exclamation or a question mark: words that are shouted, chanted
   * or asked ("Stop the cover-up!", "Who pays for it?") are something someone said, whatever their
   * case, where a title or a term held at a distance rarely carries either mark. The sentence's
   * comma or period may follow inside the marks.
   */
  private static boolean isUtterance(String quoted) {
    int end = quoted.length();
    if (end > 0 && (quoted.charAt(end - 1) == ',' || quoted.charAt(end - 1) == '.')) {
      end--;
    }
    return end > 0 && (quoted.charAt(end - 1) == '!' || quoted.charAt(end - 1) == '?');
  }

  /** A title and its subtitle in title case: "Long Night: A Story of the Open Web!". */
  private static boolean isSubtitledTitle(String quoted) {
    String[] words = quoted.split("\\s+");
    return quoted.contains(":") && words.length <= 16 && everyWordInTitleCase(words);
  }

  /**
   * Whether the quotation stands in a headline set in title case: the first paragraph of the
   * document, short, with most of its words capitalised. Its quotation has taken the headline's
   * case, so it is not the speaker's words verbatim but the headline's summary of a quotation
   * that the body gives as it was said.
   */
  private static boolean isTitleCaseHeadline(String text, Quotation q) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    if (q.open() >= end) {
      return false;
    }
    String[] words = text.substring(start, end).split("[\\s\"\u201C\u201D\u2018\u2019']+");
    if (words.length > MAX_HEADLINE_WORDS) {
      return false;
    }
    int content = 0;
    int capitalised = 0;
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))
          || TITLE_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      content++;
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    return content > 0 && capitalised >= HEADLINE_CAPITALISED_SHARE * content;
  }

  /**
   * Whether a common noun follows the quotation, which then modifies it: a "tiered release" policy,
   * "is it over?" headlines.
   */
  private static boolean modifiesNounAfter(ParsedDocument d, Quotation q) {
    int after = d.tokenAtOrAfter(q.end());
    return after < d.size() && isCommonNoun(d.tag(after));
  }

  /**
   * Whether a short quotation in lower case is part of what a speech cue of its sentence reports,
   * rather than a term the writer holds at a distance.
   */
  private boolean isReportedFragment(ParsedDocument d, Quotation q, String quoted) {
    if (!Character.isLowerCase(quoted.codePointAt(0))) {
      return false;
    }
    int first = d.tokenAtOrAfter(q.content().begin());
    if (first >= d.size()) {
      return false;
    }
    if (modifiesNounAfter(d, q)) {
      return false;
    }
    int sentence = d.sentenceOf(first);
    for (int t = d.sentenceBegin(sentence); t < d.sentenceEnd(sentence); t++) {
      if (!d.isQuoted(t) && (speechCues.isCue(d, t) || isSpeechNoun(d, t))) {
        return true;
      }
    }
    return false;
  }

  private boolean isSpeechNoun(ParsedDocument d, int t) {
    return isCommonNoun(d.tag(t)) && speechNouns.contains(d.lemma(t).toLowerCase(Locale.ROOT));
  }

  private static boolean isCommonNoun(String tag) {
    return tag.equals("NN") || tag.equals("NNS");
  }

  /**
   * Words in title case ("Osprey Open Licence", "Notes on the Open Web,") name something, and so
   * do words in capitals (a headline); they are not a claim. American style puts the sentence's
   * comma or period inside the marks, so a title may end with one.
   */
  static boolean isTitle(String quoted) {
    String[] words = quoted.split("\\s+");
    if (words.length <= 12 && quoted.codePoints().noneMatch(Character::isLowerCase)
        && quoted.codePoints().filter(Character::isLetter).count() > 3) {
      return true;
    }
    if (isSubtitledTitle(quoted)) {
      return true;
    }
    if (!isTitleCase(quoted) || !Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    long capitalised =
        Arrays.stream(words)
            .map(w -> w.codePointAt(0))
            .filter(c -> Character.isUpperCase(c) || Character.isDigit(c))
            .count();
    // "Thank You." may be a sentence; three title-case words and a period are a title.
    return !quoted.endsWith(".") || words.length >= 3 && capitalised >= 2;
  }

  /**
   * Whether every word of a short quotation is capitalised, or one of the short words that title
   * case leaves in lower case: "Morning Report.", "The Long Night".
   */
  private static boolean isTitleCase(String quoted) {
    String[] words = quoted.split("\\s+");
    return words.length <= 6 && everyWordInTitleCase(words);
  }

  static boolean everyWordInTitleCase(String[] words) {
    if (words.length == 0 || !Character.isUpperCase(words[0].codePointAt(0))
        && !(words.length > 1 && Character.isDigit(words[0].codePointAt(0)))) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      int c = w.codePointAt(0);
      if (!(Character.isUpperCase(c) || Character.isDigit(c) || TITLE_FUNCTION_WORDS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a preposition stands right before the quotation: "said on "Morning Report."",
   * "starred in "The Long Night."". A quotation in title case there names a show or a work,
   * even with the sentence's period inside its marks.
   */
  private static boolean followsPreposition(ParsedDocument d, Quotation q) {
    int before = d.tokenBefore(q.open());
    return before >= 0 && d.tag(before).equals("IN") && !d.isQuoted(before);
  }
}
