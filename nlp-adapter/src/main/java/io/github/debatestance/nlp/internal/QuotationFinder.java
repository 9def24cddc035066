package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds double-quoted stretches of text: curly, straight and low-9 marks, and guillemets. A
 * quotation never crosses a paragraph break; one left open at the end of its paragraph is closed
 * there, which is how news prints a quotation that goes on over several paragraphs.
 *
 * <p>Real news is typed in a hurry and pasted from the web, so the marks are read by their
 * neighbours as well as their shape: a curly mark turned the wrong way round is taken for what
 * its place says it is, a straight mark left over at the head of a paragraph set in curly marks
 * opens nothing, values of pasted markup ({@code date="May 3, 2016"}) are no quotations, and an
 * elided century ('70s) or the inch mark of a height (6’2”) is no quotation mark.
 *
 * <p>Two apostrophes typed for a double mark (''like this'', the typewriter style of some wire and
 * archive copy) are read as one: the single marks inside such a stretch are quotations nested in
 * it, not quotations of their own. The stretch itself is not returned, as no quotation set in
 * that style was before; only the nested marks are no longer misread as top-level quotations. A
 * curly quotation closed by two apostrophes (“like this’’) is closed there.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuotationFinder {

  /** All quotations of the text, in order, none of them empty. */
  public List<Quotation> find(String text) {
    List<Quotation> found = new ArrayList<>();
    int paragraphStart = 0;
    int open = -1;
    // Single marks quote only at the top level; inside double quotes they are nested quotations,
    // part of the outer one.
    int singleOpen = -1;
    // A stretch set off with doubled apostrophes, whose inner marks are all nested.
    boolean doubledOpen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && isParagraphBreak(text, i)) {
        doubledOpen = false;
        if (open >= 0) {
          add(found, text, open, -1, i, paragraphStart);
          open = -1;
        }
        if (singleOpen >= 0 && singleOpen == paragraphStart) {
          // A single-quoted paragraph left open goes on in the next one, as double quotes do.
          add(found, text, singleOpen, -1, i, paragraphStart);
        }
        singleOpen = -1;
        paragraphStart = skipBlank(text, i);
        i = paragraphStart - 1;
        continue;
      }
      int run = apostropheRun(text, i);
      if (doubledOpen) {
        if (run >= 2 && isDoubledClosing(text, i, run)) {
          doubledOpen = false;
        }
        i += Math.max(run, 1) - 1;
        continue;
      }
      if (run >= 2 && singleOpen < 0) {
        if (open >= 0 && isDoubledClosing(text, i, run)) {
          add(found, text, open, i, i, paragraphStart);
          open = -1;
        } else if (open < 0 && isDoubledOpening(text, i, run)) {
          doubledOpen = true;
        }
        i += run - 1;
        continue;
      }
      if (singleOpen < 0) {
        if (open < 0 && c == '"' && i > 0 && text.charAt(i - 1) == '=') {
          // A value of markup pasted with the text (<tweet date="May 3, 2016">) quotes nobody.
          int valueEnd = attributeValueEnd(text, i);
          if (valueEnd > i) {
            i = valueEnd;
            continue;
          }
        }
        Mark mark = markAt(text, i, open >= 0);
        if (mark == Mark.OPEN && open < 0) {
          if (c == '"' && isStrayStraightMark(text, i)) {
            continue;
          }
          open = i;
          continue;
        } else if (mark == Mark.CLOSE && open >= 0) {
          add(found, text, open, i, i, paragraphStart);
          open = -1;
          continue;
        }
      }
      if (open < 0) {
        Mark single = singleMarkAt(text, i, singleOpen >= 0);
        if (single == Mark.OPEN && singleOpen < 0) {
          singleOpen = i;
        } else if (single == Mark.CLOSE && singleOpen >= 0) {
          add(found, text, singleOpen, i, i, paragraphStart);
          singleOpen = -1;
        }
      }
    }
    if (open >= 0) {
      add(found, text, open, -1, text.length(), paragraphStart);
    } else if (singleOpen >= 0 && singleOpen == paragraphStart) {
      add(found, text, singleOpen, -1, text.length(), paragraphStart);
    }
    if (text.indexOf('\u2014') >= 0 || text.indexOf('\u2013') >= 0) {
      addInterruptedDialogue(text, found);
    }
    return found;
  }

  /**
   * A line of dialogue set in the Spanish way: a dash opens the words, and dashes set off the
   * narrator's interruption, with the words going on after it ("—It is a mistake —said Ruiz—.
   * Only open models let us check."). Both stretches of words are quotations, the dashes their
   * marks; the interruption between them names the speaker as a cue after a quotation does. The
   * interruption opens with a dash after a space and a word in lower case. A dialogue dash with
   * no interruption ("— Open weights keep us honest, said Pereira") is left to the parse, which
   * reads it as reported speech.
   */
  private static final Pattern INTERRUPTED_DIALOGUE =
      Pattern.compile(
          "(?m)^[ \t]*(?<open>[\u2014\u2013])[ \t]*\\S[^\u2014\u2013\n]*?"
              + "(?<inner>[ \t][\u2014\u2013])\\p{Ll}[^\u2014\u2013\n]*?"
              + "(?<close>[\u2014\u2013])(?=[.,;:]?(?:[ \t]|$))");

  private static void addInterruptedDialogue(String text, List<Quotation> found) {
    Matcher m = INTERRUPTED_DIALOGUE.matcher(text);
    List<Quotation> dialogue = new ArrayList<>();
    while (m.find()) {
      int open = m.start("open");
      int inner = m.end("inner") - 1;
      int paragraphStart = paragraphBegin(text, open);
      int end = paragraphEnd(text, m.end(), text.length());
      boolean quoted = false;
      for (Quotation q : found) {
        quoted |= q.open() < end && q.content().end() > paragraphStart;
      }
      if (quoted) {
        continue;
      }
      int close = m.start("close");
      TextSpan first = trimmed(text, open + 1, inner);
      if (first != null) {
        dialogue.add(new Quotation(first, open, inner, open == paragraphStart));
      }
      int after = close + 1;
      while (after < end && ".,;:".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      TextSpan rest = trimmed(text, after, end);
      if (rest != null) {
        dialogue.add(new Quotation(rest, close, -1, false));
      }
    }
    if (!dialogue.isEmpty()) {
      found.addAll(dialogue);
      found.sort(Comparator.comparingInt(Quotation::open));
    }
  }

  /**
   * A single mark opens after a space and before a letter, and closes after a letter and before a
   * space or punctuation; an apostrophe inside a word ("don’t") does neither.
   */
  private static Mark singleMarkAt(String text, int i, boolean inside) {
    char c = text.charAt(i);
    if (!isApostrophe(c)) {
      return Mark.NONE;
    }
    boolean openingBefore = i == 0 || isOpeningContext(text.charAt(i - 1));
    boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean wordEndsAfter =
        i + 1 >= text.length()
            || !Character.isLetterOrDigit(text.charAt(i + 1));
    if (!inside) {
      return c != '\u2019' && openingBefore && wordAfter && !isElidedCentury(text, i)
          ? Mark.OPEN
          : Mark.NONE;
    }
    return c != '\u2018' && wordBefore && wordEndsAfter ? Mark.CLOSE : Mark.NONE;
  }

  /** The number of apostrophes, straight or curly, in the run that starts at {@code i}. */
  private static int apostropheRun(String text, int i) {
    int j = i;
    while (j < text.length() && isApostrophe(text.charAt(j))) {
      j++;
    }
    return j - i;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** Whether a run of apostrophes opens a double quotation: after a space, before a word. */
  private static boolean isDoubledOpening(String text, int i, int run) {
    return (i == 0 || isOpeningContext(text.charAt(i - 1)))
        && i + run < text.length() && !Character.isWhitespace(text.charAt(i + run));
  }

  /**
   * Whether a run of apostrophes closes a double quotation: after a word or punctuation, before a
   * space, punctuation or the end.
   */
  private static boolean isDoubledClosing(String text, int i, int run) {
    return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
        && (i + run >= text.length() || !Character.isLetterOrDigit(text.charAt(i + run)));
  }

  /** Whether the mark stands for the century of a decade or year: "the '70s", "class of '16". */
  private static boolean isElidedCentury(String text, int i) {
    int j = i + 1;
    while (j < text.length() && Character.isDigit(text.charAt(j))) {
      j++;
    }
    if (j - i - 1 != 2) {
      return false;
    }
    if (j < text.length() && text.charAt(j) == 's') {
      j++;
    }
    return j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
  }

  /** Whether a closing mark is the inch mark of a height in feet and inches: 6’2”. */
  private static boolean isInchMark(String text, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isDigit(text.charAt(j))) {
      j--;
    }
    return j < i - 1 && j >= 1 && (text.charAt(j) == '\u2019' || text.charAt(j) == '\'')
        && Character.isDigit(text.charAt(j - 1));
  }

  private enum Mark {
    OPEN,
    CLOSE,
    NONE
  }

  private static Mark markAt(String text, int i, boolean inside) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201C' -> {
        // Typists and autocorrect put an opening mark where a closing one belongs: after a word
        // and before a space or punctuation ("the “best“ offer") it can only close.
        return inside && isAfterWord(text, i) && isBeforeBreak(text, i) ? Mark.CLOSE : Mark.OPEN;
      }
      case '\u201E' -> {
        return Mark.OPEN;
      }
      case '\u00AB', '\u00BB' -> {
        // Guillemets point outwards in French and Italian copy (« like this ») and inwards in
        // German and Danish (»like this«); either way the first of a pair opens and the second
        // closes, so the mark's place in the paragraph tells which it is.
        return inside ? Mark.CLOSE : Mark.OPEN;
      }
      case '\u201D' -> {
        // And the other way round: after a space and before a word it can only open.
        boolean opening = (i == 0 || isOpeningContext(text.charAt(i - 1)))
            && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (isInchMark(text, i)) {
          return Mark.NONE;
        }
        return !inside && opening ? Mark.OPEN : Mark.CLOSE;
      }
      case '"' -> {
        // A straight mark is oriented by its neighbours; where they do not tell, it toggles.
        boolean spaceBefore = i == 0 || isOpeningContext(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        if (spaceBefore && !spaceAfter) {
          return inside ? Mark.CLOSE : Mark.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
          return inside ? Mark.CLOSE : Mark.NONE;
        }
        return inside ? Mark.CLOSE : Mark.OPEN;
      }
      default -> {
        return Mark.NONE;
      }
    }
  }

  private static boolean isAfterWord(String text, int i) {
    return i > 0 && !isOpeningContext(text.charAt(i - 1)) && text.charAt(i - 1) != '\u201C';
  }

  private static boolean isBeforeBreak(String text, int i) {
    if (i + 1 >= text.length()) {
      return true;
    }
    char next = text.charAt(i + 1);
    return Character.isWhitespace(next) || ",.;:!?)".indexOf(next) >= 0;
  }

  /**
   * Whether a straight mark that would open a quotation is a stray: a paragraph set in curly marks
   * that starts with a straight one left over from a block quotation, where no straight mark
   * follows it in the paragraph and the next curly mark opens a quotation of its own.
   */
  private static boolean isStrayStraightMark(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"' || c == '\n' && isParagraphBreak(text, j)) {
        return false;
      }
      if (c == '\u201D') {
        return false;
      }
      if (c == '\u201C') {
        return !hasStraightMarkInParagraph(text, j);
      }
    }
    return false;
  }

  private static boolean hasStraightMarkInParagraph(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"') {
        return true;
      }
      if (c == '\n' && isParagraphBreak(text, j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The offset of the straight mark that closes a markup value opened at {@code open}, or -1 when
   * none does before the paragraph ends.
   */
  private static int attributeValueEnd(String text, int open) {
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '"') {
        return j;
      }
      if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isOpeningContext(char before) {
    return Character.isWhitespace(before) || "([{\u2014\u2013-/:".indexOf(before) >= 0;
  }

  /** A newline that ends a paragraph: followed by a blank line, or by the end of the text. */
  static boolean isParagraphBreak(String text, int newline) {
    for (int j = newline + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        // A single newline ends a paragraph too when the next line opens a quotation, which is how
        // block quotations are often pasted.
        return c == '\u201C' || c == '"' || c == '\u201E' || c == '\u00AB'
            || isLineAfterClosedQuote(text, newline);
      }
    }
    return true;
  }

  private static boolean isLineAfterClosedQuote(String text, int newline) {
    int j = newline - 1;
    while (j >= 0 && (text.charAt(j) == '\r' || text.charAt(j) == ' ')) {
      j--;
    }
    return j >= 0
        && (text.charAt(j) == '\u201D' || text.charAt(j) == '"' || text.charAt(j) == '\u00BB');
  }

  private static int skipBlank(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static void add(
      List<Quotation> found, String text, int open, int close, int end, int paragraphStart) {
    TextSpan content = trimmed(text, open + 1, end);
    if (content != null) {
      found.add(new Quotation(content, open, close, open == paragraphStart));
    }
  }

  /** The stretch between two offsets without the white space at its ends, or null if blank. */
  static TextSpan trimmed(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return b < e ? new TextSpan(b, e) : null;
  }

  /**
   * Where the paragraph that holds {@code from} ends: at its paragraph break, or at {@code limit}
   * if that comes first.
   */
  static int paragraphEnd(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '\n' && isParagraphBreak(text, i)) {
        return i;
      }
    }
    return limit;
  }

  /**
   * Whether a character may open a quotation: a straight or curly double mark, a low double mark
   * or a single mark. Words that start with one are left to the quotation marks.
   */
  static boolean isOpeningMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E' || c == '\u2018' || c == '\''
        || c == '\u00AB';
  }

  /** Where the line after the one that holds {@code from} begins, or the end of the text. */
  static int nextLine(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline + 1;
  }

  /**
   * The offset where the paragraph holding {@code offset} begins, past the white space that opens
   * it: after the last paragraph break before the offset, or 0.
   */
  static int paragraphBegin(String text, int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      if (text.charAt(i) == '\n' && isParagraphBreak(text, i)) {
        int start = i + 1;
        while (start < offset && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        return start;
      }
    }
    return 0;
  }
}
