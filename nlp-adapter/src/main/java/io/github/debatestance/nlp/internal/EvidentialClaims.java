package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.ClaimSpans.MAX_TOKENS;
import static io.github.debatestance.nlp.internal.ClaimSpans.MIN_TOKENS;
import static io.github.debatestance.nlp.internal.ClaimSpans.isLeadingMark;
import static io.github.debatestance.nlp.internal.ClaimSpans.isPunct;
import static io.github.debatestance.nlp.internal.ClaimSpans.isQuoteMark;
import static io.github.debatestance.nlp.internal.ClaimSpans.nonPunctuationCount;
import static io.github.debatestance.nlp.internal.ClaimSpans.span;

import io.github.debatestance.core.model.TextSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Claims that the writer passes on with an evidential rather than under a cue verb: the clause
 * that "according to X" qualifies, which is X's claim (X may be a document, or go unnamed), and
 * the clause that an adverb such as "reportedly" qualifies, which has no speaker. Where the phrase
 * stands in its sentence, after a comma at the end or before one at the start, decides how much
 * of the sentence it vouches for.
 *
 * <p>Immutable and thread-safe.
 */
final class EvidentialClaims {

  /** Appositives longer than this many tokens are taken for part of the claim. */
  private static final int MAX_APPOSITIVE_TOKENS = 15;

  private final CueVerbs speechCues;
  private final CueVerbs attitudeCues;
  private final Lexicon evidentialAdverbs;
  private final MentionReader mentions;

  /**
   * @param speechCues verbs of saying, whose own report a source only confirms
   * @param attitudeCues verbs of wanting, intending or backing, likewise
   * @param evidentialAdverbs adverbs by which the writer passes on a clause as what others say
   *     ("reportedly", "allegedly")
   * @param mentions reads the sources
   */
  EvidentialClaims(
      CueVerbs speechCues,
      CueVerbs attitudeCues,
      Lexicon evidentialAdverbs,
      MentionReader mentions) {
    this.speechCues = speechCues;
    this.attitudeCues = attitudeCues;
    this.evidentialAdverbs = evidentialAdverbs;
    this.mentions = mentions;
  }

  /** Whether the token is the "according" of "according to". */
  static boolean isAccordingTo(ParsedDocument d, int t) {
    return d.word(t).equalsIgnoreCase("according")
        && t + 1 < d.size()
        && d.word(t + 1).equalsIgnoreCase("to");
  }

  /** The X of "according to X": the word that "according" marks, by the parse. */
  static OptionalInt accordingToSource(ParsedDocument d, int according) {
    return d.head(according)
        .filter(h -> h.relation().equals("case"))
        .map(h -> OptionalInt.of(h.token()))
        .orElse(OptionalInt.empty());
  }

  /** Whether the token is an adverb that passes on its clause as hearsay: "reportedly". */
  boolean isEvidentialAdverb(ParsedDocument d, int t) {
    return d.tag(t).startsWith("RB")
        && evidentialAdverbs.contains(d.word(t).toLowerCase(Locale.ROOT));
  }

  /**
   * "Turnout fell, according to the county office": the clause that "according to X" hangs from,
   * without that phrase, is X's claim. X may go unnamed ("according to a report").
   */
  Optional<ReportedSpeech> accordingTo(ParsedDocument d, int according) {
    OptionalInt source = accordingToSource(d, according);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int x = source.getAsInt();
    Optional<int[]> phrase = d.subtreeRange(x, MAX_TOKENS);
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    int[] p = phrase.get();
    Optional<ParsedDocument.Dependent> clause = d.head(x);
    Optional<TextSpan> content;
    if (clause.isPresent() && clause.get().relation().startsWith("obl")) {
      Optional<int[]> all = d.subtreeRange(clause.get().token(), MAX_TOKENS);
      if (all.isEmpty()) {
        return Optional.empty();
      }
      int[] a = all.get();
      int first = a[0];
      // "has told staff that the plan ..., according to a memo": the clause opens with the mark
      // of its verb, which is no part of what was said, as under a cue.
      while (p[0] > first && isLeadingMark(d, first)) {
        first++;
      }
      if (p[0] > a[0]) {
        // "Since May, according to the audit, the office has lost staff": a source named in the
        // middle of the clause vouches for all of it.
        content = p[1] + 1 < a[1] && d.word(p[1] + 1).equals(",") && continues(d, p[1] + 2, a[1])
            ? span(d, first, a[1])
            : span(d, first, p[0] - 1);
      } else {
        int start = afterOpeningSource(d, x, p, clause.get().token());
        content = span(d, pastAppositive(d, start, a[1]), a[1]);
      }
    } else {
      content = sentenceAround(d, according, p);
    }
    Optional<TextSpan> closing = closingSentence(d, according, p);
    if (closing.isPresent()) {
      content = closing;
    }
    // "according to the company's report" is the company's word.
    Mention speaker =
        mentions.titledConjunct(d, x)
            .or(() -> mentions.at(d, x))
            .or(() -> mentions.possessor(d, x))
            .or(() -> mentions.documentAuthor(d, x))
            // "according to a recent post from Ada Brennan": the author of the source.
            .or(() -> mentions.sourceAuthor(d, x))
            // "according to analysts": people the text names only together.
            .or(() -> mentions.groupAt(d, x))
            // "according to the harbour survey": a record cited without its author.
            .or(() -> mentions.recordAt(d, x))
            // "according to Veltrix": whatever NER made of a proper name there (a place, often,
            // for a firm it does not know), the source is named.
            .or(() -> mentions.reference(d, x).filter(m -> m.kind() == Mention.Kind.NAME))
            .orElse(null);
    return content.map(c -> new ReportedSpeech(c, according, speaker));
  }

  /**
   * Where the claim after an opening "According to X" begins: after X's phrase; or, where the
   * parse took the claim's subject for an appositive of X and left the claim's verb with no
   * subject of its own ("According to a study by the Centre for Model Risk, safety filters can be
   * removed ..."), after the comma that closes X's name.
   */
  private static int afterOpeningSource(ParsedDocument d, int source, int[] phrase, int verb) {
    for (int t = source + 1; !d.hasOwnSubject(verb) && t < phrase[1]; t++) {
      if (d.word(t).equals(",")) {
        return t + 1;
      }
    }
    return phrase[1] + 1;
  }

  /**
   * "The fund is reportedly spending $2 million": the clause that an evidential adverb qualifies,
   * adverb and all, is a claim the writer passes on without naming who made it. The adverb must
   * qualify a clause, one with a subject of its own, not a single word.
   */
  Optional<ReportedSpeech> evidentialClause(ParsedDocument d, int adverb) {
    Optional<ParsedDocument.Dependent> head = d.head(adverb);
    if (head.isEmpty() || !head.get().relation().equals("advmod")) {
      return Optional.empty();
    }
    int predicate = head.get().token();
    boolean clause =
        d.dependents(predicate).stream().anyMatch(x -> x.relation().startsWith("nsubj"));
    if (!clause) {
      return Optional.empty();
    }
    Optional<int[]> range = d.subtreeRange(predicate, MAX_TOKENS);
    if (range.isEmpty()) {
      return Optional.empty();
    }
    int first = range.get()[0];
    while (first < adverb && isLeadingMark(d, first)) {
      first++;
    }
    return span(d, first, range.get()[1]).map(c -> new ReportedSpeech(c, adverb, null));
  }

  /**
   * "As of May, Reyes had 40 delegates and Okafor 12, according to a tally": a source named after
   * a comma at the end of a sentence vouches for all of it, however low the parse hangs the
   * phrase. Empty where the phrase does not close the sentence, or where the sentence holds a cue
   * of its own, whose report the source only confirms.
   */
  private Optional<TextSpan> closingSentence(ParsedDocument d, int according, int[] phrase) {
    int sentence = d.sentenceOf(according);
    int first = d.sentenceBegin(sentence);
    int last = lastWord(d, sentence);
    if (phrase[1] < last || according - 2 <= first || !d.word(according - 1).equals(",")) {
      return Optional.empty();
    }
    for (int t = first; t < according; t++) {
      if (d.isQuoted(t) || speechCues.isCue(d, t) || attitudeCues.isCue(d, t)
          || isAccordingTo(d, t)) {
        return Optional.empty();
      }
    }
    return span(d, first, according - 2);
  }

  /** The last token of the sentence that is no punctuation, or its first token. */
  private static int lastWord(ParsedDocument d, int sentence) {
    int first = d.sentenceBegin(sentence);
    int last = d.sentenceEnd(sentence) - 1;
    while (last > first && isPunct(d, last)) {
      last--;
    }
    return last;
  }

  /**
   * Where the parse hangs "according to X" from a noun ("a bill of $75,500, according to the
   * audit"), the phrase still qualifies its whole sentence when it closes the sentence after a
   * comma or opens it before one: the rest of the sentence is X's claim.
   */
  private Optional<TextSpan> sentenceAround(ParsedDocument d, int according, int[] phrase) {
    int sentence = d.sentenceOf(according);
    int first = d.sentenceBegin(sentence);
    int last = lastWord(d, sentence);
    if (phrase[1] >= last && according > first && d.word(according - 1).equals(",")) {
      return span(d, first, according - 2);
    }
    if (according == first && phrase[1] + 1 < last && d.word(phrase[1] + 1).equals(",")) {
      return span(d, pastAppositive(d, phrase[1] + 2, last), last);
    }
    if (according == first && phrase[1] >= last) {
      // The parse may make the source the root of the sentence, with the claim hanging under it,
      // as where the tagger reads the claim's verb as a plural noun ("Lumen scores within ...").
      // The comma that closes the source's phrase still shows where the claim begins.
      int comma = sourceComma(d, according, last);
      if (comma > 0) {
        int start = pastAppositive(d, comma + 1, last);
        if (continues(d, start, last)) {
          return span(d, start, last);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The comma that closes the source after "According to" at the start of a sentence: the first
   * comma after the source's noun, where no verb stands between, so that the words before it can
   * only be the source's phrase ("According to the agency's annual report, ..."). -1 where there
   * is none.
   */
  private static int sourceComma(ParsedDocument d, int according, int last) {
    OptionalInt source = accordingToSource(d, according);
    if (source.isEmpty()) {
      return -1;
    }
    for (int t = according + 2; t < last; t++) {
      if (d.isQuoted(t) || ParsedDocument.isVerbTag(d.tag(t))) {
        return -1;
      }
      if (d.word(t).equals(",")) {
        return t > source.getAsInt() ? t : -1;
      }
    }
    return -1;
  }

  /**
   * Where the claim after "According to X," begins: past an appositive or a relative clause that
   * describes X and ends at a comma ("According to Priya Shah, the firm's head of policy, the
   * firm will ..."), where a clause follows the comma; else at {@code start}. A stretch that opens
   * with a noun and the clause after it that opens with "which" ("the plan, which ...") is the
   * claim's own subject, not an appositive.
   */
  private int pastAppositive(ParsedDocument d, int start, int last) {
    int first = start <= last && d.word(start).equals(",") ? start + 1 : start;
    boolean relative = first <= last && (d.tag(first).equals("WP") || d.tag(first).equals("WP$"));
    for (int t = first; t <= last && t - first <= MAX_APPOSITIVE_TOKENS; t++) {
      String tag = d.tag(t);
      if (d.isQuoted(t) || isQuoteMark(d.word(t))
          || !relative && ParsedDocument.isVerbTag(tag)) {
        return start;
      }
      if (d.word(t).equals(",")) {
        return t > first && isClause(d, t + 1, last) ? t + 1 : start;
      }
    }
    return start;
  }

  /**
   * Whether the stretch is a clause of a claim's length that a relative word does not open, with a
   * token that is the subject of a verb in it.
   */
  private static boolean isClause(ParsedDocument d, int first, int last) {
    if (first > last || nonPunctuationCount(d, first, last) < MIN_TOKENS
        || d.tag(first).startsWith("W")) {
      return false;
    }
    for (int t = first; t <= last; t++) {
      Optional<ParsedDocument.Dependent> head = d.head(t);
      if (head.isPresent() && head.get().relation().startsWith("nsubj")
          && head.get().token() >= first && head.get().token() <= last) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code next} to {@code last} go on with the clause before a source, or
   * a cue, set off by commas: at least a claim's worth of words, not a relative clause describing
   * the source, and holding no cue of another report.
   */
  boolean continues(ParsedDocument d, int next, int last) {
    if (!opensClause(d, next, last)) {
      return false;
    }
    for (int t = next; t <= last; t++) {
      if (speechCues.isCue(d, t) || attitudeCues.isCue(d, t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words from {@code next} to {@code last} can be a clause of their own that someone
   * reports: enough of them, not a relative clause, and naming no source of
   * their own with "according to". Unlike {@link #continues}, a report inside
   * them is allowed: what an outer source reported may itself tell what someone else said.
   */
  boolean opensClause(ParsedDocument d, int next, int last) {
    while (next <= last && isQuoteMark(d.word(next))) {
      next++;
    }
    if (nonPunctuationCount(d, next, last) < MIN_TOKENS) {
      return false;
    }
    String tag = d.tag(next);
    if (tag.equals("WDT") || tag.equals("WP")) {
      return false;
    }
    // "..., according to the census": a source named inside vouches for the words itself.
    for (int t = next; t <= last; t++) {
      if (isAccordingTo(d, t)) {
        return false;
      }
    }
    return true;
  }
}
