package io.github.debatestance.nlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds block quotations that no quotation mark sets off: the words that follow a line ending in
 * a colon after a speech verb ("She wrote:", "In a statement, the company said:"). Blogs mark
 * them with "&gt;", pages copied as plain text indent them or keep only the paragraph break.
 *
 * <ul>
 *   <li>A block whose lines open with "&gt;", or are indented, runs as long as its lines do, over
 *       several paragraphs if the mark goes on.
 *   <li>A block in plain text is the one paragraph after the colon: nothing shows where a longer
 *       one would end.
 * </ul>
 *
 * <p>The colon alone is no evidence: headings, lists and times end with one ("11:45 a.m.:", "Here
 * are the changes:"). So a verb of speech or writing, as the tagger reads it, must stand a few
 * words at most before the colon. Words that are themselves quoted after the colon, a list, a
 * markup tag or a turn of a transcript are left to the other finders. A plain paragraph that holds
 * a quotation in marks reports someone's words in the usual way and is no block. A quotation in
 * marks inside a block marked as such is nested in it, as it is in a turn, and a line under such a
 * block that opens with a dash and a name signs it. A block marked with "&gt;" that such a line
 * signs needs no colon above it.
 *
 * <p>Immutable and thread-safe.
 */
public final class BlockQuotations {

  /** A block has at least this many words: a colon before one or two words labels a value. */
  private static final int MIN_WORDS = 3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");
  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:[-*\u2022\u2013\u2014]|\\d{1,2}[.)])\\s");

  /** A line that signs the block above it: "&gt; — Tomas Reyes, Halden". */
  private static final Pattern SIGNATURE =
      Pattern.compile("[ \\t>]*(?:[\u2014\u2013-]|--)[ \\t]*\\p{Lu}");

  /** A verb that introduces a block stands at most this many words before the colon. */
  private static final int MAX_WORDS_AFTER_CUE = 6;

  private final CueVerbs speechCues;

  /** @param speechCues the verbs that introduce what somebody said or wrote */
  public BlockQuotations(Lexicon speechCues) {
    this.speechCues = new CueVerbs(speechCues);
  }

  /** How a block's lines are set off from the text around it. */
  private enum Layout {
    MARKED,
    INDENTED,
    PLAIN
  }

  /**
   * The quotations of a text with its block quotations among them, in order.
   *
   * @param found the text's quotations in marks and turns, in order
   * @param tagged the text, tokenized and tagged: its verbs show which colons introduce words
   */
  public List<Quotation> withBlocks(String text, List<Quotation> found, CoreDocument tagged) {
    QuotationIndex index = new QuotationIndex(text, found);
    List<Quotation> blocks = new ArrayList<>();
    int searchFrom = 0;
    for (CoreSentence sentence : tagged.sentences()) {
      List<CoreLabel> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int colon = tokens.get(i).beginPosition();
        if (!tokens.get(i).word().equals(":") || colon < searchFrom || !endsLine(text, colon)
            || index.containing(colon).isPresent() || !introducesSpeech(tokens, i)) {
          continue;
        }
        Quotation block = blockAfter(text, colon, found);
        if (block != null) {
          blocks.add(block);
          searchFrom = block.end();
        }
      }
    }
    blocks.addAll(signedBlocks(text, found, index, blocks));
    if (blocks.isEmpty()) {
      return found;
    }
    blocks.sort(Comparator.comparingInt(Quotation::open));
    QuotationIndex inBlocks = new QuotationIndex(text, blocks);
    List<Quotation> merged = new ArrayList<>(blocks);
    for (Quotation q : found) {
      if (inBlocks.containing(q.open()).isEmpty()) {
        merged.add(q);
      }
    }
    merged.sort(Comparator.comparingInt(Quotation::open));
    return merged;
  }

  /**
   * Runs of lines marked with "&gt;" that no colon introduces but a line under them signs ("&gt; —
   * Tomas Reyes, Halden"): the signature says whose words they are, as it does under a quotation.
   */
  private static List<Quotation> signedBlocks(
      String text, List<Quotation> found, QuotationIndex quoted, List<Quotation> introduced) {
    QuotationIndex taken = new QuotationIndex(text, introduced);
    List<Quotation> signed = new ArrayList<>();
    boolean afterMarkedLine = false;
    for (int line = 0; line < text.length(); line = QuotationFinder.nextLine(text, line)) {
      if (lineIsBlank(text, line)) {
        continue;
      }
      boolean marked = layoutOf(text, line) == Layout.MARKED && !isSignature(text, line);
      boolean opensRun = marked && !afterMarkedLine;
      afterMarkedLine = marked;
      if (!opensRun || taken.containing(line).isPresent() || quoted.containing(line).isPresent()) {
        continue;
      }
      int next = QuotationFinder.nextLine(text, endOfLinesLike(text, line, Layout.MARKED));
      while (next < text.length() && lineIsBlank(text, next)) {
        next = QuotationFinder.nextLine(text, next);
      }
      if (next < text.length() && isSignature(text, next)) {
        Quotation block = blockAt(text, line, found);
        if (block != null) {
          signed.add(block);
        }
      }
    }
    return signed;
  }

  private static boolean isSignature(String text, int lineStart) {
    return SIGNATURE.matcher(text).region(lineStart, text.length()).lookingAt();
  }

  /**
   * Whether the words before a colon introduce someone's words: a verb of speech or writing ("She
   * wrote:") with at most a few words between it and the colon ("told the audience:", "said in a
   * statement:", "argued that:"). A verb whose clause goes on past "that" has its content before
   * the colon already.
   */
  private boolean introducesSpeech(List<CoreLabel> tokens, int colon) {
    int words = 0;
    boolean clauseAfter = false;
    for (int t = colon - 1; t >= 0 && words <= MAX_WORDS_AFTER_CUE; t--) {
      CoreLabel token = tokens.get(t);
      if (!Character.isLetter(token.word().charAt(0))) {
        continue;
      }
      String tag = token.tag() == null ? "" : token.tag();
      String lemma =
          (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
      String next = t + 1 < colon ? tokens.get(t + 1).word() : null;
      if (speechCues.isCue(tag, lemma, next)) {
        return !clauseAfter;
      }
      // "pointed out that the labs were ignored:" reports its content before the colon; "argued
      // that:" leaves it to the block.
      clauseAfter |= ParsedDocument.isFiniteTag(tag) || lemma.equals("that") && t + 1 < colon;
      words++;
    }
    return isBylineBefore(tokens, colon);
  }

  /**
   * Whether the words before the colon are a byline: a participle of writing and "by" that open
   * them, then the author, however long the roles after the name ("Posted by Ana Ruiz, research
   * director at the institute:").
   */
  private boolean isBylineBefore(List<CoreLabel> tokens, int colon) {
    if (colon < 3 || !"by".equalsIgnoreCase(tokens.get(1).word())) {
      return false;
    }
    CoreLabel participle = tokens.get(0);
    String lemma = participle.lemma() == null ? participle.word() : participle.lemma();
    // A line that opens a text is often tagged as a sentence with a past tense: "Posted/VBD by".
    String tag = participle.tag() == null ? "" : participle.tag();
    return (tag.equals("VBN") || tag.equals("VBD"))
        && speechCues.isCue(tag, lemma.toLowerCase(Locale.ROOT), null);
  }

  /** The block that the lines after the colon hold, or null where they hold none. */
  private static Quotation blockAfter(String text, int colon, List<Quotation> found) {
    int lineStart = text.indexOf('\n', colon) + 1;
    while (lineStart < text.length() && lineIsBlank(text, lineStart)) {
      lineStart = QuotationFinder.nextLine(text, lineStart);
    }
    return lineStart < text.length() ? blockAt(text, lineStart, found) : null;
  }

  /** The block whose first line begins at {@code lineStart}, or null where the lines hold none. */
  private static Quotation blockAt(String text, int lineStart, List<Quotation> found) {
    Layout layout = layoutOf(text, lineStart);
    int end =
        layout == Layout.PLAIN
            ? QuotationFinder.paragraphEnd(text, lineStart, text.length())
            : endOfLinesLike(text, lineStart, layout);
    int begin = layout == Layout.MARKED ? text.indexOf('>', lineStart) + 1 : lineStart;
    TextSpan content = QuotationFinder.trimmed(text, begin, end);
    if (content == null || lowerOrMixedCaseWordCount(content.of(text)) < MIN_WORDS) {
      return null;
    }
    char first = text.charAt(content.begin());
    if (QuotationFinder.isOpeningMark(first)
        || first == '<'
        || LIST_ITEM.matcher(content.of(text)).lookingAt()) {
      return null;
    }
    for (Quotation q : found) {
      boolean inside = q.open() >= lineStart && q.open() < end;
      if (inside && (q.isTurn() || layout == Layout.PLAIN)) {
        return null;
      }
    }
    int open = layout == Layout.PLAIN ? content.begin() : firstNonSpace(text, lineStart);
    return Quotation.block(content, open);
  }

  private static Layout layoutOf(String text, int lineStart) {
    int i = firstNonSpace(text, lineStart);
    if (i < text.length() && text.charAt(i) == '>') {
      return Layout.MARKED;
    }
    if (text.startsWith("\t", lineStart) || text.startsWith("    ", lineStart)) {
      return Layout.INDENTED;
    }
    return Layout.PLAIN;
  }

  /**
   * Where a run of lines set off as the first one is ends: at the first line that is not, past the
   * blank lines between them.
   */
  private static int endOfLinesLike(String text, int lineStart, Layout layout) {
    int end = lineEnd(text, lineStart);
    for (int line = QuotationFinder.nextLine(text, lineStart);
        line < text.length();
        line = QuotationFinder.nextLine(text, line)) {
      if (lineIsBlank(text, line)) {
        continue;
      }
      if (layoutOf(text, line) != layout || isSignature(text, line)) {
        break;
      }
      end = lineEnd(text, line);
    }
    return end;
  }

  private static boolean endsLine(String text, int colon) {
    int i = colon + 1;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
        || text.charAt(i) == '*' || text.charAt(i) == '\r')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '\n';
  }

  /** Whether a line is empty but for white space and the marks of a block ("&gt;"). */
  private static boolean lineIsBlank(String text, int lineStart) {
    return text.substring(lineStart, lineEnd(text, lineStart)).replace('>', ' ').isBlank();
  }

  private static int lineEnd(String text, int lineStart) {
    int newline = text.indexOf('\n', lineStart);
    return newline < 0 ? text.length() : newline;
  }

  private static int firstNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The words longer than one character that are in lower or mixed case: a heading in capitals or
   * a time has none.
   */
  private static int lowerOrMixedCaseWordCount(String s) {
    int n = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      if (!m.group().equals(m.group().toUpperCase(Locale.ROOT)) && m.group().length() > 1) {
        n++;
      }
    }
    return n;
  }
}
