package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stretches in doubled apostrophes ({@link DoubledQuotes}) that no cue reports, each taken as a
 * claim of its own. Wire copy splits a speaker's words around the attribution ("''The levy hurts
 * bakers,'' said Reyes, a trader. ''It will close shops.''") or runs them on in a sentence or a
 * paragraph of their own; the cue reports only the stretch it closes, and the others would be
 * lost. As with quotation marks, a split stretch gives two claims.
 *
 * <p>A stretch counts where it reads as speech, not as a title, a name or a term held at a
 * distance: a clause of at least {@value #MIN_WORDS} words with a verb, not in title case, that
 * opens its sentence or follows the colon or comma after a speech cue. A claim that a cue inside
 * the stretch reports is part of the quoted words and gives way to the stretch's claim, as a cue
 * inside quotation marks reports nothing of its own. The speaker is the one the nearest evidence
 * gives; never a guess:
 *
 * <ol>
 *   <li>a cue before the stretch in its sentence ("Reyes said, ''...''"), or after it in the clause
 *       that goes on past its closing mark ("''...?'' asked Reyes"): the speaker of the claim that
 *       cue reports, or else its subject;
 *   <li>the claim of the nearest stretch before it in its paragraph, the split case, as a quotation
 *       goes on from the one before it;
 *   <li>the nearest cue before it in its paragraph, read as in 1;
 *   <li>for a paragraph that is nothing but the stretch, the last cue of the paragraph before, as a
 *       quotation that opens a paragraph goes on from the speaker last cited ({@link
 *       SpeakerSieves}).
 * </ol>
 *
 * A cue whose subject names no one gives a claim with no speaker; a stretch with no cue at all
 * is left alone.
 *
 * <p>Immutable and thread-safe.
 */
final class UnreportedDoubledQuotes {

  /** A stretch of fewer words is a phrase held at a distance more often than something said. */
  private static final int MIN_WORDS = 4;

  /** A stretch longer than this is a run-on text, not one claim. */
  private static final int MAX_TOKENS = 200;

  private final CueVerbs speechCues;
  private final MentionReader mentions;
  private final ReportedSpeechSpeakers speakers;

  UnreportedDoubledQuotes(
      CueVerbs speechCues, MentionReader mentions, ReportedSpeechSpeakers speakers) {
    this.speechCues = speechCues;
    this.mentions = mentions;
    this.speakers = speakers;
  }

  /** Where a stretch's speaker comes from: a cue's token and the speaker it gives, or null. */
  private record Source(int cue, Mention speaker) {}

  /**
   * The claims, with a claim added for each stretch that no claim covers and that reads as
   * speech with a source; in order of their contents, none overlapping another.
   *
   * @param claims the claims found so far, in order of their contents, none overlapping another
   */
  List<ReportedSpeech> addTo(ParsedDocument d, List<ReportedSpeech> claims) {
    Claims all = new Claims(claims);
    for (int t = 0; t + 1 < d.size(); t++) {
      if (!DoubledQuotes.isMark(d, t)) {
        continue;
      }
      Optional<int[]> stretch = DoubledQuotes.stretchAround(d, t + 1);
      if (stretch.isEmpty() || stretch.get()[0] != t) {
        continue;
      }
      int open = t;
      int close = stretch.get()[1];
      int last = close >= 0 ? close - 1 : lastBeforeMarkOrParagraphEnd(d, open);
      t = Math.max(t, last);
      Optional<TextSpan> content = content(d, open, last);
      if (content.isEmpty()) {
        continue;
      }
      // A cue inside the stretch reports what the quoted speaker says others say or want ("...
      // said Reyes. ''The board wants to sell the port.''"): its claim is part of the quoted words.
      TextSpan words = content.get();
      // Such a claim may run on to the closing marks ("... she's wrong!''"), still inside them.
      TextSpan marked = new TextSpan(d.begin(open), d.end(close >= 0 ? close : last));
      List<ReportedSpeech> inner = all.overlapping(words);
      if (!inner.stream().allMatch(c -> c.content().isInside(marked)
          && open < c.cue() && c.cue() <= last)) {
        continue;
      }
      Optional<Source> source = source(d, open, last, close, all);
      if (source.isPresent()) {
        all.replace(inner, new ReportedSpeech(words, source.get().cue(), source.get().speaker()));
      }
    }
    return all.inOrder();
  }

  /**
   * The claims of one document while stretches join them. They stay in order of their contents
   * after each change, not only at the end, because the search for the next stretch's source
   * takes the first claim a cue reports and the first claim over an earlier stretch. A cue's
   * first claim is indexed, as that search asks for it at every token it passes.
   *
   * <p>Not thread-safe: one for each call of {@link #addTo}.
   */
  private static final class Claims {

    private final List<ReportedSpeech> inOrder;
    private final Map<Integer, ReportedSpeech> firstByCue = new HashMap<>();

    Claims(List<ReportedSpeech> inOrder) {
      this.inOrder = new ArrayList<>(inOrder);
      index();
    }

    List<ReportedSpeech> inOrder() {
      return inOrder;
    }

    /** The first claim that the token cues, if any. */
    Optional<ReportedSpeech> cuedBy(int token) {
      return Optional.ofNullable(firstByCue.get(token));
    }

    /** The claims whose contents overlap the span, in order. */
    List<ReportedSpeech> overlapping(TextSpan span) {
      return inOrder.stream().filter(r -> r.content().overlaps(span)).toList();
    }

    /**
     * Puts the claim in place of the given ones, after every claim whose content begins where
     * its content does or before.
     */
    void replace(List<ReportedSpeech> replaced, ReportedSpeech claim) {
      inOrder.removeAll(replaced);
      int begin = claim.content().begin();
      int at = 0;
      while (at < inOrder.size() && inOrder.get(at).content().begin() <= begin) {
        at++;
      }
      inOrder.add(at, claim);
      index();
    }

    private void index() {
      firstByCue.clear();
      for (ReportedSpeech r : inOrder) {
        firstByCue.putIfAbsent(r.cue(), r);
      }
    }
  }

  /**
   * The words of the stretch between its marks, trimmed of punctuation at either end, where they
   * read as speech: enough words, a verb, no quotation in real marks inside and no title.
   */
  private static Optional<TextSpan> content(ParsedDocument d, int open, int last) {
    int first = open + 1;
    while (first <= last && !d.hasLetterOrDigit(first)) {
      first++;
    }
    while (last >= first && !d.hasLetterOrDigit(last)) {
      last--;
    }
    if (last < first || last - first + 1 > MAX_TOKENS) {
      return Optional.empty();
    }
    int words = 0;
    boolean verb = false;
    for (int x = first; x <= last; x++) {
      if (d.isQuoted(x)) {
        return Optional.empty();
      }
      words += d.hasLetterOrDigit(x) ? 1 : 0;
      verb |= ParsedDocument.isVerbTag(d.tag(x));
    }
    TextSpan span = new TextSpan(d.begin(first), d.end(last));
    // A title may run longer than the few words ScareQuotes takes for one in title case, and set
    // apart on a line of its own it may hold a verb: "''A Harbour We Could Be Proud Of''".
    String text = span.of(d.text());
    if (words < MIN_WORDS || !verb || ScareQuotes.isTitle(text)
        || ScareQuotes.everyWordInTitleCase(text.split("\\s+"))) {
      return Optional.empty();
    }
    return Optional.of(span);
  }

  /**
   * The cue and speaker that the stretch goes on from, or empty where it does not open its
   * sentence or follow a cue's colon or comma, or where nothing gives a speaker.
   */
  private Optional<Source> source(ParsedDocument d, int open, int last, int close, Claims claims) {
    int paragraph = QuotationFinder.paragraphBegin(d.text(), d.begin(open));
    String before = d.text().substring(paragraph, d.begin(open)).strip();
    boolean opensSentence = before.isEmpty() || endsSentence(before);
    boolean afterCue = before.endsWith(":") || before.endsWith(",");
    if (!opensSentence && !afterCue) {
      return Optional.empty();
    }
    int sentence = d.sentenceBegin(d.sentenceOf(Math.min(open + 1, last)));
    Optional<Source> back = cueBefore(d, open, last, d.tokenAtOrAfter(paragraph), claims);
    Optional<Source> inSentence = back.filter(s -> s.cue() >= sentence);
    if (inSentence.isPresent()) {
      return inSentence;
    }
    Optional<Source> after = cueAfter(d, open, last, close, claims);
    if (after.isPresent() || !opensSentence) {
      return after;
    }
    Optional<Source> previous = stretchClaimBefore(d, claims, paragraph, open)
        .map(r -> new Source(r.cue(), r.speaker()))
        .or(() -> back);
    if (previous.isPresent() || !before.isEmpty() || !endsParagraph(d, last, close)
        || paragraph == 0) {
      return previous;
    }
    // A paragraph of nothing but the stretch goes on from the paragraph before, as a quotation
    // that opens a paragraph goes on from the speaker that paragraph last cited.
    int end = paragraph;
    while (end > 0 && Character.isWhitespace(d.text().charAt(end - 1))) {
      end--;
    }
    int first = d.tokenAtOrAfter(QuotationFinder.paragraphBegin(d.text(), end));
    return cueBefore(d, d.tokenAtOrAfter(paragraph), last, first, claims);
  }

  /**
   * The nearest cue before the token {@code from}, back to the token {@code first}, outside the
   * stretches in doubled apostrophes: the cue of a claim, whose speaker the stretch goes on with,
   * or a speech cue, whose subject speaks (or no one, where its subject names no one).
   */
  private Optional<Source> cueBefore(
      ParsedDocument d, int from, int last, int first, Claims claims) {
    boolean inside = false;
    for (int x = from - 1; x >= first; x--) {
      if (DoubledQuotes.isMark(d, x)) {
        inside = !inside;
      } else if (!inside) {
        Optional<Source> source = sourceAt(d, x, from, last, claims);
        if (source.isPresent()) {
          return source;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first speech cue after the stretch in the clause that goes on past its closing mark:
   * "''Is the port for sale?'' asked Reyes". A stretch that closes with a period ends its
   * sentence, and the words after it are a sentence of their own.
   */
  private Optional<Source> cueAfter(
      ParsedDocument d, int open, int last, int close, Claims claims) {
    if (close < 0 || d.word(close - 1).equals(".")) {
      return Optional.empty();
    }
    int end = QuotationFinder.paragraphEnd(d.text(), d.end(close), d.text().length());
    for (int x = close + 1; x < d.size() && d.begin(x) < end; x++) {
      if (DoubledQuotes.isMark(d, x) || d.word(x).equals(".")) {
        break;
      }
      Optional<Source> source = sourceAt(d, x, open, last, claims);
      if (source.isPresent()) {
        return source;
      }
    }
    return Optional.empty();
  }

  /**
   * The source that the token gives the stretch from {@code open} to {@code last}: the speaker of
   * the claim that the token cues, or the subject of a speech cue outside the stretch.
   */
  private Optional<Source> sourceAt(ParsedDocument d, int t, int open, int last, Claims claims) {
    Optional<ReportedSpeech> own = claims.cuedBy(t);
    if (own.isPresent()) {
      return Optional.of(new Source(t, own.get().speaker()));
    }
    if (!isCue(d, t)) {
      return Optional.empty();
    }
    Mention subject = mentions.subjectOf(d, t)
        .filter(m -> m.last() < open || m.first() > last)
        // "''Is the port for sale?'' asked Reyes": the splitter ends a sentence at the question
        // mark, and the parse of "asked Reyes" alone takes the inverted subject for an object.
        .or(() -> t > last && DoubledQuotes.isMark(d, t - 1)
            ? speakers.nameAfter(d, t) : Optional.empty())
        // "''...,'' Ms. Reyes said": the name between the closing mark and the cue.
        .or(() -> t > last ? speakers.nameAfterClosingMark(d, t) : Optional.empty())
        // "''...,'' since the vote was close, said Reyes": an inverted cue after a comma in the
        // clause that goes on past the stretch has its speaker after it.
        .or(() -> t > last && d.word(t - 1).equals(",") && ParsedDocument.isFiniteTag(d.tag(t))
            ? speakers.nameAfter(d, t) : Optional.empty())
        // "Reyes praised the plan, telling the Ledger: ''...''": a participle after a comma
        // speaks for the subject of the clause it goes on from.
        .or(() -> mentions.participleSpeaker(d, t))
        .orElse(null);
    return Optional.of(new Source(t, subject));
  }

  private boolean isCue(ParsedDocument d, int t) {
    return !d.isQuoted(t) && speechCues.isCue(d, t);
  }

  /**
   * The claim of the nearest stretch before this one in its paragraph, where a claim reports that
   * stretch: in "''...,'' said Reyes, who called it a blunder. ''...''", the second stretch goes on
   * with the first, not with the clause about Reyes between them, as a quotation goes on from the
   * one before it in its paragraph.
   */
  private static Optional<ReportedSpeech> stretchClaimBefore(
      ParsedDocument d, Claims claims, int paragraph, int open) {
    for (int x = open - 1; x >= 0 && d.begin(x) >= paragraph; x--) {
      if (!DoubledQuotes.isMark(d, x)) {
        continue;
      }
      // A mark that opens the text closes no stretch before it.
      Optional<int[]> before =
          x == 0 ? Optional.empty() : DoubledQuotes.stretchAround(d, x - 1);
      if (before.isEmpty() || before.get()[1] != x) {
        return Optional.empty();
      }
      TextSpan stretch = new TextSpan(d.begin(before.get()[0]), d.end(x));
      // The claim that reports the stretch has its cue outside it; a cue inside reports what the
      // quoted speaker says someone else thinks ("''If Quill thinks that ...,'' Marek said"),
      // and its subject is no speaker of the stretch after.
      int opening = before.get()[0];
      int closing = x;
      return claims.overlapping(stretch).stream()
          .filter(r -> r.cue() < opening || r.cue() > closing)
          .findFirst();
    }
    return Optional.empty();
  }

  /** Whether only punctuation follows the stretch in its paragraph. */
  private static boolean endsParagraph(ParsedDocument d, int last, int close) {
    int from = d.end(close >= 0 ? close : last);
    int end = QuotationFinder.paragraphEnd(d.text(), from, d.text().length());
    return d.text().substring(from, end).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Whether the text ends with a sentence's closing mark, and maybe quotation marks after it. */
  private static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "'\"\u2019\u201D)".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".?!".indexOf(text.charAt(i)) >= 0;
  }

  /** The last token of an unclosed stretch: before the next mark or the paragraph's end. */
  private static int lastBeforeMarkOrParagraphEnd(ParsedDocument d, int open) {
    int end = QuotationFinder.paragraphEnd(d.text(), d.end(open), d.text().length());
    int x = open + 1;
    while (x < d.size() && d.begin(x) < end && !DoubledQuotes.isMark(d, x)) {
      x++;
    }
    return x - 1;
  }
}
