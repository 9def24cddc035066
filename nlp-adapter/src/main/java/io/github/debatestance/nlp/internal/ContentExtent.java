package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.ClaimSpans.MAX_TOKENS;
import static io.github.debatestance.nlp.internal.ClaimSpans.MIN_TOKENS;
import static io.github.debatestance.nlp.internal.ClaimSpans.isLeadingMark;
import static io.github.debatestance.nlp.internal.ClaimSpans.isPunct;
import static io.github.debatestance.nlp.internal.ClaimSpans.isQuoteMark;
import static io.github.debatestance.nlp.internal.ClaimSpans.nonPunctuationCount;
import static io.github.debatestance.nlp.internal.ClaimSpans.span;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How far the content under a cue's dependent reaches. It is the dependent's subtree, widened to
 * the object read together with it ("blamed the governor for the delays", "slammed the plan as
 * too vague", "called her rival a liar") and to the phrases that go on describing the object;
 * narrowed past a leading "that" or preposition, and to end before a closing doubled mark or a
 * source named at the end; and stretched to the closing mark of a doubled stretch that it opens.
 * Which dependents may carry content, and how few words they need, are decided here too.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentExtent {

  /**
   * A cue's object is content even when short: "endorsed Senator Reyes", "announced his
   * candidacy", where a clause of two words would be a fragment.
   */
  private static final int MIN_OBJECT_TOKENS = 2;

  /** Words before an object that point back at something already said: "rejected that claim". */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

  /**
   * Relations under which the parse hangs from a cue a phrase that goes on from the cue's object
   * ("praised her plan to cut fares", "recalled his generosity in support of ...").
   */
  private static final Set<String> RUN_ON_RELATIONS = Set.of("obl", "nmod", "xcomp", "acl");

  /**
   * Words of the calendar and the clock besides the months' and weekdays' names ({@link
   * CalendarWords}), which date a phrase rather than describe.
   */
  private static final Set<String> TIME_WORDS = Set.of(
      "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
      "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "past",
      "morning", "afternoon", "evening", "night", "time", "times", "today", "yesterday", "moment",
      "hours", "decade", "decades", "spring", "summer", "fall", "autumn", "winter");

  /** A year of the last century or this one, which dates a phrase as a month does. */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  /** Named-entity classes of a word after a cue that dates the speech rather than opens its content. */
  static final Set<String> TIME_CLASSES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Words that open a clause of condition or time that a demand carries ("before", "unless"). */
  private static final Lexicon CONDITION_MARKS =
      Lexicon.load("/io/github/debatestance/nlp/condition-marks.txt");

  private ContentExtent() {}

  /**
   * A demand's content with the clause of condition or time that follows it, after a comma or
   * none: "outside reviews before large systems can be sold", "permits for every model, whether
   * it is shared or not". What is demanded holds only under that clause, which the parse often
   * hangs elsewhere or reads as a clause of its own. The clause runs to the next comma or the
   * sentence's end, must hold a finite verb, and no quotation; the span is unchanged where none
   * follows.
   */
  static TextSpan withCondition(ParsedDocument d, TextSpan content) {
    int last = d.tokenBefore(content.end());
    int mark = last + 1;
    if (mark < d.size() && d.word(mark).equals(",")) {
      mark++;
    }
    if (last < 0 || mark >= d.size() || d.sentenceOf(mark) != d.sentenceOf(last)
        || d.isQuoted(mark)
        || !CONDITION_MARKS.contains(d.word(mark).toLowerCase(Locale.ROOT))) {
      return content;
    }
    int end = d.sentenceEnd(d.sentenceOf(mark));
    int t = mark + 1;
    boolean finite = false;
    while (t < end && !isPunct(d, t)) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        return content;
      }
      finite |= ParsedDocument.isFiniteTag(d.tag(t));
      t++;
    }
    if (!finite || t - 1 - mark > MAX_TOKENS) {
      return content;
    }
    return new TextSpan(content.begin(), d.end(t - 1));
  }

  /**
   * The dependents that may carry a cue's content. The parser hangs the infinitive after a noun
   * that is a verb's object from the verb ("announced his decision to publish the weights" gives
   * "publish" to "announced"), so a speech noun that is an object also takes the infinitive that
   * follows it, as the noun's own.
   */
  static List<ParsedDocument.Dependent> contentDependents(
      ParsedDocument d, int cue, boolean noun, String relation) {
    List<ParsedDocument.Dependent> dependents = d.dependents(cue);
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (!noun) {
      return withObjectsPhrase(d, cue,
          withComplementsClause(d, cue, withGoverningClause(d, cue, dependents)), relation);
    }
    if (head.isEmpty() || !head.get().relation().equals("obj")) {
      return dependents;
    }
    List<ParsedDocument.Dependent> all = new ArrayList<>(dependents);
    for (ParsedDocument.Dependent x : d.dependents(head.get().token())) {
      if (x.relation().equals("xcomp") && x.token() > cue) {
        all.add(new ParsedDocument.Dependent("acl", x.token()));
      }
    }
    return all;
  }

  /**
   * The clause that a cue gerund after a preposition introduces, where the parse hangs it from the
   * verb the gerund goes with: in "Reyes closed by stressing that fares must fall" the parser
   * may take the clause for the complement of "opened". A clause after the gerund under the
   * governing verb is the gerund's own, where the gerund has none.
   */
  private static List<ParsedDocument.Dependent> withGoverningClause(
      ParsedDocument d, int cue, List<ParsedDocument.Dependent> dependents) {
    OptionalInt governing = ReportedSpeechSpeakers.prepositionalGerundHead(d, cue);
    if (governing.isEmpty() || dependents.stream().anyMatch(x -> x.relation().equals("ccomp"))) {
      return dependents;
    }
    List<ParsedDocument.Dependent> all = new ArrayList<>(dependents);
    for (ParsedDocument.Dependent x : d.dependents(governing.getAsInt())) {
      if (x.relation().equals("ccomp") && x.token() > cue && !d.isQuoted(x.token())) {
        all.add(x);
      }
    }
    return all;
  }

  /**
   * The clause that an adjective completing the cue governs: in "made it clear that ferries stay"
   * the parse hangs the clause from "clear", which with the verb makes the cue. Only an adjective
   * right after the cue or after its object "it".
   */
  private static List<ParsedDocument.Dependent> withComplementsClause(
      ParsedDocument d, int cue, List<ParsedDocument.Dependent> dependents) {
    List<ParsedDocument.Dependent> all = dependents;
    for (int adjective : d.children(cue, "xcomp")) {
      boolean completes = adjective == cue + 1
          || adjective == cue + 2 && d.word(cue + 1).equalsIgnoreCase("it");
      if (!completes || !d.tag(adjective).equals("JJ")) {
        continue;
      }
      for (ParsedDocument.Dependent x : d.dependents(adjective)) {
        if (x.relation().equals("ccomp") && x.token() > adjective && !d.isQuoted(x.token())) {
          all = new ArrayList<>(all);
          all.add(x);
        }
      }
    }
    return all;
  }

  /**
   * A cue's prepositional content as the parse may hang it from the cue's object instead: in
   * "accused the agency of hiding the audit" the phrase after "of" is read with "accused", but the
   * parser often takes it for a modifier of "agency". Where the cue has no dependent under the
   * prepositional {@code relation} ("obl:of", "advcl:of"), a phrase with the same preposition that
   * the object governs and that follows it is taken as the cue's own; {@link #objectBefore} then
   * reads it together with the object, as where the parse hangs it from the cue.
   */
  private static List<ParsedDocument.Dependent> withObjectsPhrase(
      ParsedDocument d, int cue, List<ParsedDocument.Dependent> dependents, String relation) {
    String base = base(relation);
    if (base.equals(relation) || !(base.equals("obl") || base.equals("advcl"))
        || dependents.stream().anyMatch(x -> d.matches(x, relation))) {
      return dependents;
    }
    String marker = relation.substring(base.length() + 1);
    List<ParsedDocument.Dependent> all = new ArrayList<>(dependents);
    for (int object : d.children(cue, "obj")) {
      for (ParsedDocument.Dependent x : d.dependents(object)) {
        String own = x.relation().equals("acl") ? "advcl" : x.relation().equals("nmod") ? "obl" : "";
        if (x.token() > object && !own.isEmpty() && !d.isQuoted(x.token())
            && d.matches(x, x.relation() + ":" + marker)) {
          all.add(new ParsedDocument.Dependent(own, x.token()));
        }
      }
    }
    return all;
  }

  /**
   * The fewest words a content dependent needs. A short object counts only where it is all the
   * cue says: in "urged the board to act" the object is the listener and the clause after it the
   * content, and "rejected that criticism" points back at a claim already reported.
   *
   * @param topic whether the cue takes up a topic rather than reports words ("talked about",
   *     "voted for"; attitude-cues.tsv)
   */
  static int minTokens(
      ParsedDocument d, int cue, int dependent, String relation, boolean topic) {
    boolean demonstrative =
        dependent > 0
            && DEMONSTRATIVES.contains(d.word(dependent - 1).toLowerCase(Locale.ROOT));
    if (relation.equals("xcomp")) {
      // "refused to testify again" is a whole intention in two words.
      return MIN_OBJECT_TOKENS;
    }
    if (isPrepositional(relation)) {
      // "called for the ban", "her criticism of the levy", "voted for Reyes": a preposition's
      // object is what the cue is about, as a verb's object is, and may be as short. But a topic
      // of two words led by "the" ("talked about the move") points back at something the text
      // has already told, as a demonstrative does, and stands for no stand of its own.
      boolean definite = dependent > 0 && d.word(dependent - 1).equalsIgnoreCase("the");
      return demonstrative || topic && definite ? MIN_TOKENS : MIN_OBJECT_TOKENS;
    }
    if (!relation.equals("obj")
        || demonstrative
        || d.dependents(cue).stream()
            .anyMatch(x -> x.relation().equals("xcomp") || x.relation().startsWith("ccomp"))) {
      return MIN_TOKENS;
    }
    return MIN_OBJECT_TOKENS;
  }

  /** Whether a lexicon relation names a preposition's object: "obl:for", "nmod:of". */
  private static boolean isPrepositional(String relation) {
    return relation.startsWith("obl:") || relation.startsWith("nmod:");
  }

  /**
   * Whether the cue's object is followed by an infinitive of the cue's own: in "urged the board to
   * publish the audits" the object is the listener, and what is urged only the infinitive, which
   * the cue reports where its lexicon lists it ("xcomp"). The object is then no content of its own.
   */
  static boolean hasInfinitiveAfterObject(ParsedDocument d, int cue) {
    for (int object : d.children(cue, "obj")) {
      for (int infinitive : d.children(cue, "xcomp")) {
        if (cue < object && object < infinitive && !d.isQuoted(infinitive)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The object that a cue's prepositional content goes with: in "blamed the governor for the
   * delays" and "described the plan as reckless" the object and the phrase after it are read
   * together, as one thing said about the object. An infinitive is not: in "urged the board to
   * act" the object is the listener, and the content only what they are urged to do. -1 where the
   * content is no such phrase or no object stands between the cue and it.
   */
  static int objectBefore(ParsedDocument d, int cue, ParsedDocument.Dependent content,
      String relation) {
    if (!(relation.startsWith("obl:") || relation.startsWith("advcl:"))) {
      return -1;
    }
    for (int object : d.children(cue, "obj")) {
      if (cue < object && object < content.token() && !d.isQuoted(object)) {
        return object;
      }
    }
    return -1;
  }

  /**
   * The "as" phrase that goes with a cue's object: in "slammed the plan as too vague" and "cast
   * herself as an outsider" what is said is the object with its phrase, not the object alone.
   * The phrase must be the cue's own, follow the object and have no subject of its own. Empty
   * where there is none.
   */
  static OptionalInt asPhraseAfter(ParsedDocument d, int cue, int object) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      if (x.token() > object
          && (d.matches(x, "obl:as") || d.matches(x, "advcl:as"))
          && !d.isQuoted(x.token())
          // "as she left the hall" dates the words; only a phrase without a subject describes.
          && d.dependents(x.token()).stream()
              .noneMatch(y -> y.relation().startsWith("nsubj") || y.relation().equals("expl"))) {
        return OptionalInt.of(x.token());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The last word of an "as" phrase of the cue's own that follows right after the phrase a cue
   * reports: in "accused the board of using the levy as a slush fund" the parse may hang "as a
   * slush fund" from "accused", but it goes on saying what the board is accused of. -1 where no
   * such phrase follows the dependent's phrase.
   */
  static int asPhraseRunsTo(ParsedDocument d, int cue, int dependent) {
    Optional<int[]> range = d.subtreeRange(dependent, MAX_TOKENS);
    OptionalInt as = asPhraseAfter(d, cue, dependent);
    if (range.isEmpty() || as.isEmpty()) {
      return -1;
    }
    Optional<int[]> phrase = d.subtreeRange(as.getAsInt(), MAX_TOKENS);
    return phrase.isPresent() && phrase.get()[0] == range.get()[1] + 1 ? phrase.get()[1] : -1;
  }

  /**
   * The object after a naming verb's first object, which the parse takes for an indirect one: in
   * "called her rival a liar" and "calls himself a socialist" what is said is both together, the
   * one named and the name. Empty where no object follows it.
   */
  static OptionalInt objectAfter(ParsedDocument d, int cue, int indirect) {
    for (int object : d.children(cue, "obj")) {
      if (object > indirect && !d.isQuoted(object)) {
        return OptionalInt.of(object);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The last word of a cue's object with the phrases that the parse hangs from the cue but that
   * go on describing the object: in "applauded the mayor's resolve to settle old feuds" and
   * "recalled her generosity in support of the food bank" the infinitive and the prepositional
   * phrase belong to what was said. Only phrases that follow the object without a break, are no
   * content of the cue in their own right and date nothing ("on Tuesday") count. -1 where none
   * follows.
   *
   * @param speechNoun whether the object is a speech noun, whose infinitive is its own content,
   *     which the noun reports ("announced his decision to publish the weights")
   * @param mentions tells a source noun: a phrase after the object headed by one ("in an
   *     interview") tells where the words were said, not what
   */
  static int objectRunsTo(ParsedDocument d, int cue, int object, boolean speechNoun,
      List<String> relations, MentionReader mentions) {
    Optional<int[]> objectRange = d.subtreeRange(object, MAX_TOKENS);
    if (objectRange.isEmpty() || objectRange.get()[0] < cue) {
      return -1;
    }
    // "criticized Reyes on the radio": a phrase after a lone word tells where or how it was said;
    // only an infinitive goes on from it ("announced plans to merge").
    boolean lone =
        nonPunctuationCount(d, objectRange.get()[0], objectRange.get()[1]) < MIN_OBJECT_TOKENS;
    int last = objectRange.get()[1];
    int runsTo = -1;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (ParsedDocument.Dependent x : d.dependents(cue)) {
        if (x.token() <= last || !RUN_ON_RELATIONS.contains(base(x.relation()))
            || x.relation().equals("obl:tmod") || x.relation().equals("obl:npmod")
            || isContentRelation(d, x, relations) || TIME_CLASSES.contains(d.ner(x.token()))
            || isTimeWord(d, x.token())
            || !isInfinitive(x) && mentions.isSourceNoun(d, x.token())
            || (isInfinitive(x) ? speechNoun : lone)) {
          continue;
        }
        Optional<int[]> range = d.subtreeRange(x.token(), MAX_TOKENS);
        if (range.isEmpty() || range.get()[0] != last + 1) {
          continue;
        }
        int end = range.get()[1];
        boolean quoted = false;
        for (int t = range.get()[0]; t <= end; t++) {
          quoted |= d.isQuoted(t) || isQuoteMark(d.word(t));
        }
        if (quoted) {
          return runsTo;
        }
        last = end;
        runsTo = end;
        extended = true;
      }
    }
    return runsTo;
  }

  /**
   * The last word of the verb that a cue's clause is cut off from: in "Reyes argued that firms
   * still selling the model must answer for it" the parser may read "firms still selling the
   * model" as the whole clause and make "must answer" the sentence's root, with the cue
   * its clausal subject. Where the clause is followed right away by a verb group (an auxiliary
   * or a finite verb) whose verb has no subject of its own and governs the cue, the content runs on
   * to the end of that verb's phrase. -1 where the clause is not so cut.
   */
  static int clauseRunsTo(ParsedDocument d, int cue, int clause) {
    Optional<int[]> range = d.subtreeRange(clause, MAX_TOKENS);
    if (clause < cue || range.isEmpty() || range.get()[1] + 1 >= d.size()) {
      return -1;
    }
    int coordinated = coordinatedClauseRunsTo(d, cue, range.get()[1]);
    if (coordinated >= 0) {
      return coordinated;
    }
    int next = range.get()[1] + 1;
    if (d.sentenceOf(next) != d.sentenceOf(cue) || d.isQuoted(next)
        || !ParsedDocument.isFiniteTag(d.tag(next))) {
      return -1;
    }
    int verb = d.head(next)
        .filter(h -> h.relation().startsWith("aux") && h.token() > next)
        .map(ParsedDocument.Dependent::token)
        .orElse(next);
    if (d.dependents(verb).stream().anyMatch(x -> x.relation().startsWith("nsubj")
            || x.relation().equals("expl"))
        || d.dependents(verb).stream().noneMatch(x -> x.relation().startsWith("csubj")
            && x.token() == cue)) {
      return -1;
    }
    Optional<int[]> verbRange = d.subtreeRange(verb, MAX_TOKENS);
    return verbRange.isPresent() ? verbRange.get()[1] : -1;
  }

  /**
   * The last word of a second clause that the cue reports, joined to its first by "and" or "but"
   * and opened by a mark of its own: in "Reyes said the plan was late and that it would cost
   * more" the parse may join "that it would cost more" to "said" rather than to the first
   * clause, but both are what was said, as where the parse joins them to each other. -1 where no
   * such clause follows the first ({@code end} is the first clause's last word).
   */
  private static int coordinatedClauseRunsTo(ParsedDocument d, int cue, int end) {
    for (ParsedDocument.Dependent conj : d.dependents(cue)) {
      int c = conj.token();
      if (!conj.relation().equals("conj") || c <= end || d.isQuoted(c)) {
        continue;
      }
      List<ParsedDocument.Dependent> parts = d.dependents(c);
      boolean marked = parts.stream().anyMatch(x -> x.relation().equals("mark")
          && x.token() < c && x.token() <= end + 3);
      boolean joined = parts.stream().anyMatch(x -> x.relation().equals("cc")
          && (x.token() == end + 1 || x.token() == end + 2 && d.word(end + 1).equals(","))
          && JOINERS.contains(d.word(x.token()).toLowerCase(Locale.ROOT)));
      if (marked && joined) {
        return d.subtreeRange(c, MAX_TOKENS).map(r -> r[1]).orElse(-1);
      }
    }
    return -1;
  }

  /**
   * The words that join a second clause to a content's first: a second thing said, or the
   * speaker's next act ({@link ContentCuts#nextActStart}).
   */
  static final Set<String> JOINERS = Set.of("and", "but");

  private static boolean isInfinitive(ParsedDocument.Dependent x) {
    return x.relation().equals("xcomp") || x.relation().equals("acl");
  }

  /** Whether the word names a time: a month, a weekday, a year, or a span of the calendar. */
  private static boolean isTimeWord(ParsedDocument d, int t) {
    String w = d.word(t).toLowerCase(Locale.ROOT);
    return CalendarWords.isMonthOrDay(w) || TIME_WORDS.contains(w) || YEAR.matcher(w).matches();
  }

  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /**
   * Whether the cue's lexicon lists the dependent's relation as content of its own; {@code
   * relations} as {@link CueVerbs#relationsIn} gives them.
   */
  private static boolean isContentRelation(
      ParsedDocument d, ParsedDocument.Dependent x, List<String> relations) {
    for (String rel : relations) {
      if (!ReportedSpeechFinder.READING_MARKERS.contains(rel)
          && !rel.equals(ReportedSpeechFinder.REST_OF_CLAUSE) && d.matches(x, rel)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words under a content dependent, from those of the object before it where there is one
   * ({@link #objectBefore}), without a leading "that" or preposition.
   */
  static Optional<TextSpan> content(
      ParsedDocument d, int object, int dependent, int cue, int minTokens, int runsTo) {
    return content(d, object, dependent, cue, minTokens, runsTo, Integer.MAX_VALUE);
  }

  /**
   * As {@link #content(ParsedDocument, int, int, int, int, int)}, ending before the token {@code
   * endsBefore}: where the speaker's next act begins, so that a quotation in that act ("..., and
   * calls the plan "a gift"") does not rule out the content before it.
   */
  static Optional<TextSpan> content(ParsedDocument d, int object, int dependent, int cue,
      int minTokens, int runsTo, int endsBefore) {
    Optional<int[]> subtree = d.subtreeRange(dependent, MAX_TOKENS);
    if (subtree.isEmpty()) {
      return Optional.empty();
    }
    int[] range = subtree.get();
    int first = range[0];
    int last = Math.min(Math.max(range[1], runsTo), endsBefore - 1);
    if (object >= 0) {
      Optional<int[]> objectRange = d.subtreeRange(object, MAX_TOKENS);
      if (objectRange.isPresent() && objectRange.get()[0] > cue) {
        first = Math.min(first, objectRange.get()[0]);
      }
    }
    if (first <= cue && cue <= last) {
      return Optional.empty();
    }
    // "''... because I meant to level the field,'' Reyes said": a closing doubled mark ends what
    // the words inside the stretch report, however far the parse runs on past it.
    for (int t = Math.max(first, cue) + 1; t <= last; t++) {
      if (DoubledQuotes.closesClause(d, t)) {
        last = t - 2;
        break;
      }
    }
    while (first <= last && (isLeadingMark(d, first) && first < dependent || isPunct(d, first))) {
      first++;
    }
    if (first == last && first > 0 && isInfinitiveMark(d, first - 1, first)) {
      // "declined to comment", "refused to testify": an intention of a single verb keeps its
      // "to", without which it would be a fragment of one word.
      first--;
    }
    // "... that the plan works, according to a memo": the source named at the end tells how the
    // words are known, and is no part of them.
    for (int t = first + MIN_TOKENS; t < last; t++) {
      if (d.word(t).equals(",") && EvidentialClaims.isAccordingTo(d, t + 1)) {
        last = t - 1;
        break;
      }
    }
    // "He said: ''The plan is late. It will cost more.''": a content that opens a doubled stretch
    // goes on to the stretch's closing mark, as a quotation in double marks would, however many
    // sentences the stretch holds.
    last = toClosingMark(d, first, last);
    return span(d, first, last, minTokens);
  }

  /**
   * Where a content opens with a doubled mark ({@link DoubledQuotes}) whose stretch closes in a
   * later sentence, the last word before the closing mark; else {@code last}. The stretch must
   * hold no quotation or quotation mark between the content's end and its close.
   */
  private static int toClosingMark(ParsedDocument d, int first, int last) {
    int open = first;
    while (open < last && isPunct(d, open) && !DoubledQuotes.isMark(d, open)) {
      open++;
    }
    if (!DoubledQuotes.isMark(d, open)) {
      return last;
    }
    Optional<int[]> stretch = DoubledQuotes.stretchAround(d, open + 1);
    if (stretch.isEmpty() || stretch.get()[0] != open || stretch.get()[1] <= last
        || d.sentenceOf(stretch.get()[1]) == d.sentenceOf(last)) {
      return last;
    }
    for (int t = last + 1; t < stretch.get()[1]; t++) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        return last;
      }
    }
    return stretch.get()[1] - 1;
  }

  /** Whether the token is the "to" that marks the infinitive {@code verb}. */
  private static boolean isInfinitiveMark(ParsedDocument d, int t, int verb) {
    return d.word(t).equalsIgnoreCase("to")
        && d.tag(verb).equals("VB")
        && d.head(t).filter(h -> h.token() == verb && h.relation().equals("mark")).isPresent();
  }
}
