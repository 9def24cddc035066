package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.ClaimSpans.MAX_TOKENS;
import static io.github.debatestance.nlp.internal.ClaimSpans.MIN_TOKENS;
import static io.github.debatestance.nlp.internal.ClaimSpans.isPunct;
import static io.github.debatestance.nlp.internal.ClaimSpans.isQuoteMark;
import static io.github.debatestance.nlp.internal.ClaimSpans.span;

import io.github.debatestance.core.model.TextSpan;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Content that a cue reports though the parse hangs it elsewhere than under one of the cue's
 * content relations, found from the shape of the sentence instead: the clause that a trailing
 * "he said" hangs from or that a cue set inside it interrupts, the sentence that "As Reyes
 * noted," opens, the whole sentence round a cue set off by commas after its clause, a bare clause
 * after a cue whose parse went astray, a loose verb after a cue's object, and a stretch in doubled
 * apostrophes that closes right before its cue.
 *
 * <p>Immutable and thread-safe.
 */
final class ClausesAroundCues {

  /** Tags of a word that may open a bare content clause: a subject's first word. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "EX", "JJ", "PDT");

  /**
   * How far after a cue set inside its sentence, in tokens, the comma that closes it may stand:
   * the words between date or place the saying ("say today", "said in May").
   */
  private static final int MAX_CUE_TAIL = 4;

  private final CueVerbs speechCues;
  private final EvidentialClaims evidentials;

  /** Brackets that may open a sentence before its "as" clause: "(As the Courier reported, ...)". */
  private static final Set<String> OPENING_BRACKETS = Set.of("(", "-LRB-", "[");

  /**
   * @param speechCues verbs of saying, whose content is a claim
   * @param evidentials tells where the words after a comma go on with a clause
   */
  ClausesAroundCues(CueVerbs speechCues, EvidentialClaims evidentials) {
    this.speechCues = speechCues;
    this.evidentials = evidentials;
  }

  /**
   * "Open weights are safer, he said": the clause that a trailing cue hangs from. A cue set inside
   * the clause ("Open weights, he said, are safer") gives the whole sentence, which is how news
   * reports such a claim.
   */
  Optional<TextSpan> trailingClause(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().equals("parataxis") || reportsClauseAfter(d, cue)) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(cue);
    int first = d.sentenceBegin(sentence);
    Optional<int[]> cueRange = d.subtreeRange(cue, MAX_TOKENS);
    if (cueRange.isEmpty() || cueRange.get()[0] <= first) {
      return Optional.empty();
    }
    int last = d.sentenceEnd(sentence) - 1;
    // "Demir, a lawyer: the rules, he says, will protect incumbents": words before a colon label
    // or introduce what follows it, and are no part of the claim.
    for (int t = cueRange.get()[0] - 1; t > first; t--) {
      if (d.word(t).equals(":") && !d.isQuoted(t)) {
        first = t + 1;
        break;
      }
    }
    if (head.get().token() < cue) {
      // "It was no surprise, Reyes said, that the bill failed": a cue set off by commas in the
      // middle of the sentence reports the whole of it, though the parse hangs it from the part
      // before.
      return goesOnAfter(d, cue, cueRange.get(), last)
          ? span(d, first, last)
          : span(d, first, cueRange.get()[0] - 1);
    }
    // The cue's subtree may hold the commas that set it off, or stop short of them.
    int open = cueRange.get()[0];
    boolean inside = cueRange.get()[1] < last && (isPunct(d, open) || isPunct(d, open - 1));
    return inside ? span(d, first, last) : Optional.empty();
  }

  /**
   * "Quill plans to retire next year, an aide said": a cue that closes its sentence after a
   * comma, with only its subject before it and at most a few words that date or place the saying
   * after it, reports the whole sentence before the comma, whatever the parse made of it. News
   * puts the source of a sentence last this way, and a parse that does not hang the sentence
   * under the cue would otherwise leave a verb inside it ("plans") to speak for its own subject.
   * Not where the parse hangs any clause under the cue (its content is read from there), nor
   * where the sentence before the comma holds no finite verb or holds a quotation.
   */
  Optional<TextSpan> closingCue(ParsedDocument d, int cue) {
    String tag = d.tag(cue);
    boolean perfect = tag.equals("VBN") && !d.children(cue, "aux").isEmpty()
        && d.children(cue, "aux:pass").isEmpty();
    if (!(ParsedDocument.isFiniteTag(tag) && !tag.equals("MD") || perfect)
        || d.head(cue).filter(h -> h.relation().equals("parataxis")).isPresent()
        || d.dependents(cue).stream().anyMatch(x -> x.relation().startsWith("ccomp")
            || x.relation().equals("parataxis") || x.token() > cue && reportsContent(x))) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(cue);
    int first = d.sentenceBegin(sentence);
    int last = d.sentenceEnd(sentence) - 1;
    // The words after the cue date or place the saying ("said on Monday"), then the sentence ends.
    int end = last;
    while (end > cue && isPunct(d, end)) {
      end--;
    }
    // "Asked about the levy, Quill answered at length:": a colon opens what the cue reports.
    if (end - cue > MAX_CUE_TAIL || d.word(last).equals(":")) {
      return Optional.empty();
    }
    for (int t = cue + 1; t <= end; t++) {
      if (isPunct(d, t) || d.isQuoted(t) || ParsedDocument.isVerbTag(d.tag(t))) {
        return Optional.empty();
      }
    }
    // Before the cue: its subject, and its auxiliaries and adverbs, right after a comma.
    int opening = cue;
    for (int s : d.children(cue, "nsubj")) {
      Optional<int[]> range = d.subtreeRange(s, MAX_TOKENS);
      if (s < cue && range.isPresent() && range.get()[1] < cue
          && !d.tag(s).startsWith("W") && !d.word(s).equalsIgnoreCase("that")) {
        opening = Math.min(opening, range.get()[0]);
      }
    }
    if (opening == cue) {
      return Optional.empty();
    }
    for (int t = opening; t < cue; t++) {
      if (isPunct(d, t) || d.isQuoted(t) || !isCuesOwn(d, t, cue)) {
        return Optional.empty();
      }
    }
    int comma = opening - 1;
    if (comma <= first || !d.word(comma).equals(",") || d.isQuoted(comma)) {
      return Optional.empty();
    }
    // "... (in fact, Quill has proposed fewer)": a cue inside brackets closes only them.
    for (int t = first; t < comma; t++) {
      if (OPENING_BRACKETS.contains(d.word(t))) {
        return Optional.empty();
      }
    }
    return d.hasFiniteVerb(first, comma - 1) ? span(d, first, comma - 1) : Optional.empty();
  }

  /**
   * Whether the sentence goes on after a cue set inside it: the cue, with no content of its own,
   * stands between commas ("..., he said in an interview, ..."), and after the second comma come
   * words of the claim, not a participle telling what the speaker did ("..., he said, wiping his
   * brow") or another report.
   */
  private boolean goesOnAfter(ParsedDocument d, int cue, int[] cueRange, int last) {
    boolean setOff = isPunct(d, cueRange[0]) || cueRange[0] > 0 && isPunct(d, cueRange[0] - 1);
    if (!setOff || d.tag(cue).equals("VBG")
        || d.dependents(cue).stream().anyMatch(ClausesAroundCues::reportsContent)) {
      return false;
    }
    OptionalInt next = afterClosingComma(d, cue, cueRange[1], last);
    // "..., he said, wiping his brow" tells what the speaker did while speaking.
    return next.isPresent() && !d.tag(next.getAsInt()).equals("VBG")
        && evidentials.continues(d, next.getAsInt(), last);
  }

  /**
   * The word after the comma that closes a cue set inside its sentence, where only words that
   * date or place the saying ("said in May") stand between, none of them past {@code maxComma},
   * quoted or punctuation; empty where no such comma comes before {@code last}.
   */
  private static OptionalInt afterClosingComma(ParsedDocument d, int cue, int maxComma, int last) {
    int comma = cue + 1;
    while (comma <= last && !d.word(comma).equals(",")) {
      if (comma > maxComma || d.isQuoted(comma) || isPunct(d, comma)) {
        return OptionalInt.empty();
      }
      comma++;
    }
    return comma + 1 <= last ? OptionalInt.of(comma + 1) : OptionalInt.empty();
  }

  /**
   * Whether a cue reports a "that" clause of its own after it ("... has warned that the rules
   * would hurt"): then the clause that the parse hangs the cue from is none of its content, as when a
   * parse takes the words before a hyphen for a clause of their own.
   */
  private static boolean reportsClauseAfter(ParsedDocument d, int cue) {
    return d.dependents(cue).stream()
        .anyMatch(x -> x.relation().startsWith("ccomp") && x.token() > cue
            && d.children(x.token(), "mark").stream()
                .anyMatch(m -> d.word(m).equalsIgnoreCase("that")));
  }

  /** Whether a cue's dependent is reported content of its own: a clause or an object. */
  private static boolean reportsContent(ParsedDocument.Dependent x) {
    return x.relation().startsWith("ccomp") || x.relation().startsWith("xcomp")
        || x.relation().equals("obj");
  }

  /**
   * The sentence that an "as" clause of saying opens reports what the clause's subject said: in
   * "As Reyes noted, the audit came late", the rest of the sentence after the comma. The clause
   * must stand first in its sentence and report nothing of its own ("As Reyes put it, ..." has
   * only "it" for an object); "As Reyes said the plan would, ..." is no such clause.
   */
  Optional<TextSpan> asClause(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().startsWith("advcl")
        || head.get().token() < cue
        || d.children(cue, "mark").stream().noneMatch(m -> d.word(m).equalsIgnoreCase("as"))
        || d.dependents(cue).stream().anyMatch(x -> reportsContent(x)
            && !(x.relation().equals("obj") && d.word(x.token()).equalsIgnoreCase("it")))) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(cue);
    Optional<int[]> cueRange = d.subtreeRange(cue, MAX_TOKENS);
    int last = d.sentenceEnd(sentence) - 1;
    int first = d.sentenceBegin(sentence);
    // "(As the Courier reported, ...)": an opening bracket may stand before the clause.
    if (cueRange.isEmpty() || cueRange.get()[0] != first
        && !(cueRange.get()[0] == first + 1 && OPENING_BRACKETS.contains(d.word(first)))) {
      return Optional.empty();
    }
    int comma = cueRange.get()[1] + 1;
    // "As the Courier reported, Quill said ...": the source vouches for the whole sentence, a
    // report inside it included, so the rest of the sentence is its claim.
    if (comma >= last || !d.word(comma).equals(",") || !evidentials.opensClause(d, comma + 1, last)) {
      return Optional.empty();
    }
    return span(d, comma + 1, last);
  }

  /**
   * "The costs are hard to foresee, most economists say, because the rise has no precedent": a
   * cue whose clause comes before it, set off by commas with its subject before it, reports the
   * whole sentence when the sentence goes on after the second comma with words of the claim
   * ({@link EvidentialClaims#continues}), as a cue set inside its clause does ({@link
   * #trailingClause}). Not an inverted cue ("..., said Reyes, a lawyer"), whose words after the
   * comma describe the speaker, nor a participle telling what the speaker did, nor a doubled
   * quotation resumed after the cue, which is a second claim. Empty where the sentence does not
   * go on so.
   */
  Optional<TextSpan> pastMedialCue(ParsedDocument d, int cue, int clause) {
    Optional<int[]> clauseRange = d.subtreeRange(clause, MAX_TOKENS);
    Optional<int[]> cueRange = d.subtreeRange(cue, MAX_TOKENS);
    if (clauseRange.isEmpty() || cueRange.isEmpty() || d.tag(cue).equals("VBG")
        || isInverted(d, cue) || d.children(cue, "nsubj").stream().noneMatch(x -> x < cue)) {
      return Optional.empty();
    }
    int clauseEnd = clauseRange.get()[1];
    int last = d.sentenceEnd(d.sentenceOf(cue)) - 1;
    while (last > cue && isPunct(d, last)) {
      last--;
    }
    // The rest of the sentence must hang from the cue, which reports nothing else after it.
    if (clauseEnd + 1 >= cue || !d.word(clauseEnd + 1).equals(",") || cueRange.get()[1] < last
        || d.dependents(cue).stream().anyMatch(x -> x.token() > cue && reportsContent(x))) {
      return Optional.empty();
    }
    for (int t = clauseEnd + 2; t < cue; t++) {
      if (isPunct(d, t) || d.isQuoted(t)) {
        return Optional.empty();
      }
    }
    // The second comma closes the cue and the few words that date or place it ("say today").
    OptionalInt after = afterClosingComma(d, cue, cue + MAX_CUE_TAIL, last);
    if (after.isEmpty()) {
      return Optional.empty();
    }
    int next = after.getAsInt();
    if (d.tag(next).equals("VBG") || DoubledQuotes.isMark(d, next)
        || isQuoteMark(d.word(next)) || !evidentials.continues(d, next, last)) {
      return Optional.empty();
    }
    return span(d, clauseRange.get()[0], last);
  }

  /**
   * The bare clause after a finite cue whose parse went astray ("Reyes says the county budget is
   * the worst in a decade", where "budget" may come out as the verb's object): from the word after
   * the cue, or after its "that", to the end of the sentence, short of a quotation. The clause
   * must open with a subject's first word and hold a finite verb, so that "said on Monday" or
   * "said nothing" give nothing.
   */
  Optional<TextSpan> clauseAfter(ParsedDocument d, int cue) {
    String tag = d.tag(cue);
    // A perfect ("has said") reports as a past does; a passive ("was told") does not.
    boolean perfect =
        tag.equals("VBN")
            && d.dependents(cue).stream().anyMatch(x -> x.relation().equals("aux"))
            && d.children(cue, "aux:pass").isEmpty()
            && d.children(cue, "nsubj:pass").isEmpty();
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG")
        || perfect)) {
      return Optional.empty();
    }
    int end = d.sentenceEnd(d.sentenceOf(cue));
    int first = cue + 1;
    if (first < end && d.word(first).equalsIgnoreCase("that")) {
      first++;
    }
    if (first >= end
        || d.isQuoted(first)
        || !(CLAUSE_OPENERS.contains(d.tag(first)) || d.word(first).equalsIgnoreCase("if"))
        || ContentExtent.TIME_CLASSES.contains(d.ner(first))) {
      return Optional.empty();
    }
    if (end - first > MAX_TOKENS) {
      // A run-on sentence is no one claim; and scanning it for every cue would cost its square.
      return Optional.empty();
    }
    int last = first;
    int comma = -1;
    boolean finite = false;
    for (int t = first; t < end; t++) {
      if (d.isQuoted(t) || isQuoteMark(d.word(t))) {
        // Content that runs into a quotation is left to the quotation.
        return Optional.empty();
      }
      if (d.word(t).equals(";")) {
        break;
      }
      if (EvidentialClaims.isAccordingTo(d, t) || t > first && speechCues.isCue(d, t)) {
        // "..., according to X" and "..., he added" close the content at their comma.
        if (comma > first) {
          last = comma - 1;
          break;
        }
        if (EvidentialClaims.isAccordingTo(d, t)) {
          break;
        }
      }
      if (d.word(t).equals(",")) {
        comma = t;
      }
      String wordTag = d.tag(t);
      finite |= ParsedDocument.isFiniteTag(wordTag) || isContractedVerb(d, t);
      last = t;
    }
    return finite ? span(d, first, last) : Optional.empty();
  }

  /** A verb contracted onto a pronoun, which the tagger may read as a possessive ("it’s"). */
  private static boolean isContractedVerb(ParsedDocument d, int t) {
    return t > 0
        && d.word(t).matches("['\u2019](s|re|m)")
        && (d.tag(t - 1).equals("PRP") || d.tag(t - 1).equals("EX") || d.tag(t - 1).equals("DT"));
  }

  /**
   * "The poll shows Reyes trailing Okafor", "records show the fund has paid $2 million": where the
   * parse splits a cue's clause into an object and a loose dependent ("dep") verb after it, the
   * object and that verb's words together are what the cue reports. The verb must be a
   * participle or a finite verb and follow the cue, or its object, right away; the object may
   * follow the one told ("told reporters the plan would fail"), who is no part of the content.
   */
  Optional<TextSpan> looseClause(ParsedDocument d, int cue) {
    for (int x : d.children(cue, "dep")) {
      Optional<int[]> range = d.subtreeRange(x, MAX_TOKENS);
      if (x < cue || range.isEmpty() || d.isQuoted(x)
          || !(d.tag(x).equals("VBG") || ParsedDocument.isFiniteTag(d.tag(x))
              || !d.children(x, "aux").isEmpty())) {
        continue;
      }
      int start = range.get()[0];
      int object = -1;
      if (start > cue + 1) {
        for (int o : d.children(cue, "obj")) {
          Optional<int[]> objectRange = d.subtreeRange(o, MAX_TOKENS);
          if (objectRange.isPresent() && objectRange.get()[0] == afterListener(d, cue)
              && objectRange.get()[1] + 1 == start) {
            object = o;
          }
        }
        if (object < 0) {
          continue;
        }
      }
      Optional<TextSpan> span = ContentExtent.content(d, object, x, cue, MIN_TOKENS, -1);
      if (span.isPresent()) {
        return span;
      }
    }
    return clauseOverCue(d, cue);
  }

  /**
   * "Reyes told reporters the plan was reckless": the parse may take the cue, with the one told
   * and the object after it, for the clausal subject of the clause it reports ("told reporters
   * the plan" as the subject of "was reckless"). The object and the rest of that clause are then
   * what the cue reports. The clause must be finite, and its own words must begin right after the
   * object.
   */
  private static Optional<TextSpan> clauseOverCue(ParsedDocument d, int cue) {
    Optional<ParsedDocument.Dependent> head = d.head(cue);
    if (head.isEmpty() || !head.get().relation().equals("csubj")) {
      return Optional.empty();
    }
    int clause = head.get().token();
    if (clause < cue || d.isQuoted(clause)
        || !(ParsedDocument.isFiniteTag(d.tag(clause))
            || !d.children(clause, "aux").isEmpty() || !d.children(clause, "cop").isEmpty())) {
      return Optional.empty();
    }
    Optional<int[]> clauseRange = d.subtreeRange(clause, MAX_TOKENS);
    for (int o : d.children(cue, "obj")) {
      Optional<int[]> objectRange = d.subtreeRange(o, MAX_TOKENS);
      if (clauseRange.isPresent() && objectRange.isPresent()
          && objectRange.get()[0] == afterListener(d, cue)
          && objectRange.get()[1] < clause
          && isLeftOfClause(d, clause, objectRange.get()[1] + 1)) {
        return ClaimSpans.span(d, objectRange.get()[0], clauseRange.get()[1]);
      }
    }
    return Optional.empty();
  }

  /** Whether every token from {@code from} up to the clause's head is one of its own dependents. */
  private static boolean isLeftOfClause(ParsedDocument d, int clause, int from) {
    for (int t = from; t < clause; t++) {
      Optional<ParsedDocument.Dependent> h = d.head(t);
      if (h.isEmpty() || h.get().token() != clause) {
        return false;
      }
    }
    return true;
  }

  /** The first token after the cue and the one it was told to, if the cue names one first. */
  private static int afterListener(ParsedDocument d, int cue) {
    for (int listener : d.children(cue, "iobj")) {
      Optional<int[]> range = d.subtreeRange(listener, MAX_TOKENS);
      if (range.isPresent() && range.get()[0] == cue + 1) {
        return range.get()[1] + 1;
      }
    }
    return cue + 1;
  }

  /**
   * "''Open weights keep us honest,'' Reyes said": the words in doubled apostrophes that close
   * with a comma right before the cue, or before the cue's subject and auxiliaries. The parse
   * often hangs such a stretch from the cue as an adverbial clause, or from its opening mark,
   * rather than as what the cue reports; the marks still show where the content lies. The content
   * runs from the opening mark, or from the start of the cue's sentence where the stretch opened
   * in an earlier one.
   */
  Optional<TextSpan> doubledClause(ParsedDocument d, int cue) {
    int sentenceFirst = d.sentenceBegin(d.sentenceOf(cue));
    int mark = cue - 1;
    while (mark > sentenceFirst && !DoubledQuotes.isMark(d, mark) && isCuesOwn(d, mark, cue)) {
      mark--;
    }
    if (mark <= sentenceFirst + 1 || !DoubledQuotes.closesClause(d, mark)) {
      return Optional.empty();
    }
    Optional<int[]> stretch = DoubledQuotes.stretchAround(d, mark - 1);
    if (stretch.isEmpty() || stretch.get()[1] != mark) {
      return Optional.empty();
    }
    return span(d, Math.max(stretch.get()[0] + 1, sentenceFirst), mark - 2);
  }

  /**
   * Whether the token before a cue is the cue's subject, an auxiliary or an adverb of the cue
   * ("'' Reyes has often said"): words that may stand between a quotation and its cue.
   */
  private static boolean isCuesOwn(ParsedDocument d, int t, int cue) {
    int x = t;
    for (int depth = 0; depth < 6; depth++) {
      Optional<ParsedDocument.Dependent> head = d.head(x);
      if (head.isEmpty()) {
        return false;
      }
      if (head.get().token() == cue) {
        String relation = head.get().relation();
        return relation.startsWith("nsubj") || relation.startsWith("aux")
            || relation.equals("advmod");
      }
      x = head.get().token();
    }
    return false;
  }

  /** Whether a cue's subject follows it, or the cue follows a quotation that it attributes. */
  static boolean isInverted(ParsedDocument d, int cue) {
    for (int s : d.children(cue, "nsubj")) {
      if (s > cue) {
        return true;
      }
    }
    int before = cue - 1;
    while (before >= 0 && (d.word(before).equals(",") || isQuoteMark(d.word(before)))) {
      if (isQuoteMark(d.word(before))) {
        return true;
      }
      before--;
    }
    return before >= 0 && d.isQuoted(before);
  }
}
