package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.ReportedSpeechFinder.AFFIRMED;

import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The steps that cut a content found under a cue short, or drop it, where the parse ran it on
 * past what the cue reports: into a second cue coordinated with the first ("called the levy a tax
 * and called for a refund"), into what the speaker went on to do ("said the levy hurt bakers and
 * promised a refund"), or where the content names only who spoke ("the mayor said"). Also finds
 * the first of two coordinated cues, whose subject the second shares.
 *
 * <p>Immutable and thread-safe.
 */
final class ContentCuts {

  /** The relations by which a verb takes its topic, aim or ally: "spoke of", "sided with". */
  private static final List<String> TOPIC_RELATIONS =
      List.of("obl:for", "obl:about", "obl:of", "obl:on", "obl:to", "obl:with", "obl:as");

  private final CueVerbs speechCues;
  private final CueVerbs attitudeCues;

  /**
   * @param speechCues verbs of saying, whose content is a claim
   * @param attitudeCues verbs of wanting, intending, backing or taking up
   */
  ContentCuts(CueVerbs speechCues, CueVerbs attitudeCues) {
    this.speechCues = speechCues;
    this.attitudeCues = attitudeCues;
  }

  /**
   * The cue that a cue after "and" or "but" is coordinated with, where the parse hung the second
   * inside the first's object rather than beside it: in "Reyes called the levy a tax on bread and
   * called for a refund" the parser may read "called for a refund" as part of the tax. The first
   * cue is the nearest verb before the conjunction in the sentence, and the second hangs under it.
   * Empty where the parse keeps the two apart or no cue comes before.
   */
  OptionalInt coordinatedCueBefore(ParsedDocument d, int v) {
    // A verb joined as a conjunct with words of its own after it, not a participle that describes
    // a noun ("entrenched and compromised interests") or one after "either".
    if (v < 2 || !d.tag(v).startsWith("VB") || d.dependents(v).stream()
            .noneMatch(x -> x.token() == v - 1 && x.relation().equals("cc"))
        || d.dependents(v).stream().noneMatch(x -> x.token() > v && !x.relation().equals("punct"))
        || d.head(v).filter(h -> h.relation().startsWith("conj")
            || h.relation().equals("dep")).isEmpty()) {
      return OptionalInt.empty();
    }
    int first = d.sentenceBegin(d.sentenceOf(v));
    for (int u = v - 2; u >= first; u--) {
      // A quotation's verbs are the quoted speaker's, not the sentence's.
      if (ParsedDocument.isVerbTag(d.tag(u)) && !d.isQuoted(u)) {
        boolean cue = speechCues.isCue(d, u) || attitudeCues.isCue(d, u);
        return cue && ParsedDocument.isFiniteTag(d.tag(u)) && governs(d, u, v)
            ? OptionalInt.of(u) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The content of a cue cut before a cue coordinated with it ({@link #coordinatedCueBefore}),
   * which reports content of its own: "the levy a tax on bread", not "... and called for a refund".
   */
  TextSpan beforeCoordinatedCue(ParsedDocument d, int cue, TextSpan span) {
    for (int t = d.tokenAtOrAfter(span.begin()) + 1; t < d.size() && d.begin(t) < span.end(); t++) {
      if (t > cue && coordinatedCueBefore(d, t).orElse(-1) == cue) {
        int last = t - 2;
        while (last > cue && !d.hasLetterOrDigit(last) && !ClaimSpans.isClosingQuoteMark(d.word(last))) {
          last--;
        }
        return d.begin(last) > span.begin() ? new TextSpan(span.begin(), d.end(last)) : span;
      }
    }
    return span;
  }

  /**
   * The first token of what the cue's speaker went on to do, inside the clause of the cue's
   * dependent {@code head}, or {@link Integer#MAX_VALUE} where it holds none, or where cutting
   * there would leave a fragment. In "Reyes said the levy hurt bakers and promised a refund" and
   * "Reyes said the levy hurt bakers, adding that ..." the parse often joins the second verb to
   * the content's head, but it is the speaker's next act, which has no subject of its own. Such a
   * verb is joined to {@code head} by "and" or "but" and is either a cue in the cue's own form or
   * takes its tense from the cue rather than from the content ("says she will back the levy but
   * has withheld her vote"); or it is a speech cue's participle after a comma. The content ends
   * before it ({@link ContentExtent#content(ParsedDocument, int, int, int, int, int, int)}).
   */
  int nextActStart(ParsedDocument d, int cue, int head) {
    Optional<int[]> range = d.subtreeRange(head, ClaimSpans.MAX_TOKENS);
    int opens = range.isEmpty() || range.get()[0] <= cue
        ? -1 : nextActIn(d, cue, head, range.get()[0], range.get()[1]);
    return opens < 0 ? Integer.MAX_VALUE : opens;
  }

  /**
   * Where the first of the speaker's next acts among the tokens {@code first} to {@code last}
   * opens; -1 where none does, or where the words from {@code first} up to it would be a fragment.
   */
  private int nextActIn(ParsedDocument d, int cue, int head, int first, int last) {
    for (int t = first + 2; t <= last; t++) {
      int opens = nextActOpens(d, cue, head, t);
      if (opens > first) {
        return ClaimSpans.nonPunctuationCount(d, first, opens - 1) >= ClaimSpans.MIN_TOKENS
            ? opens : -1;
      }
    }
    return -1;
  }

  /**
   * Where the speaker's next act at the verb {@code t} opens ({@link #nextActStart}): the
   * comma before the participle or the joining "and" or "but"; -1 where {@code t} is no such act.
   */
  private int nextActOpens(ParsedDocument d, int cue, int head, int t) {
    if (d.isQuoted(t) || !d.tag(t).startsWith("VB")
        || d.head(t).filter(h -> h.token() == head).isEmpty() || d.hasOwnSubject(t)) {
      return -1;
    }
    if (d.word(t - 1).equals(",")) {
      return d.tag(t).equals("VBG") && speechCues.isCue(d, t) ? t - 1 : -1;
    }
    int joiner = -1;
    for (ParsedDocument.Dependent x : d.dependents(t)) {
      String w = d.word(x.token()).toLowerCase(Locale.ROOT);
      if (x.relation().equals("cc") && x.token() < t && ContentExtent.JOINERS.contains(w)) {
        joiner = x.token();
      }
    }
    if (joiner < 0) {
      return -1;
    }
    if (d.tag(t).equals(d.tag(cue)) && speechCues.isCue(d, t)) {
      return joiner;
    }
    String form = finiteForm(d, t);
    return form != null && form.equals(d.tag(cue)) && !form.equals(finiteForm(d, head))
        ? joiner : -1;
  }

  /**
   * The tag of a predicate's finite form: its own, or that of its first finite auxiliary or
   * copula ("are" in "are incorrect"); else null.
   */
  private static String finiteForm(ParsedDocument d, int verb) {
    if (ParsedDocument.isFiniteTag(d.tag(verb))) {
      return d.tag(verb);
    }
    for (ParsedDocument.Dependent x : d.dependents(verb)) {
      if ((x.relation().startsWith("aux") || x.relation().equals("cop"))
          && ParsedDocument.isFiniteTag(d.tag(x.token()))) {
        return d.tag(x.token());
      }
    }
    return null;
  }

  /**
   * Whether the span is no more than an attribution, a speaker and a verb of saying with nothing
   * said under it: "the mayor said", "Okafor said at a rally on Tuesday". Its verb governs no
   * clause, object or topic inside the span, and no verb follows it there.
   */
  boolean isBareAttribution(ParsedDocument d, TextSpan span) {
    for (int t = d.tokenAtOrAfter(span.begin()); t < d.size() && d.begin(t) < span.end(); t++) {
      if (d.head(t).filter(h -> span.contains(d.begin(h.token()))).isPresent()) {
        continue;
      }
      // Only a verb of saying proper (marked "affirmed" in the lexicon: "say", "tell", "write"),
      // not one of believing or agreeing, whose bare "Okafor agrees" is a stand.
      List<String> relations = speechCues.relations(d, t);
      if (!ParsedDocument.isFiniteTag(d.tag(t)) || !CueVerbs.marks(relations, AFFIRMED)) {
        return false;
      }
      boolean subject = false;
      for (ParsedDocument.Dependent x : d.dependents(t)) {
        if (!span.contains(d.begin(x.token()))) {
          continue;
        }
        String rel = x.relation();
        subject |= rel.equals("nsubj");
        if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis")
            || rel.equals("csubj") || rel.startsWith("advcl") || rel.equals("obj")
            || TOPIC_RELATIONS.stream().anyMatch(topic -> d.matches(x, topic))) {
          return false;
        }
      }
      for (int u = t + 1; u < d.size() && d.begin(u) < span.end(); u++) {
        if (ParsedDocument.isVerbTag(d.tag(u))) {
          return false;
        }
      }
      return subject;
    }
    return false;
  }

  /** Whether the token {@code top} stands above the token {@code t} in the parse. */
  private static boolean governs(ParsedDocument d, int top, int t) {
    int x = t;
    for (int depth = 0; depth < 20; depth++) {
      Optional<ParsedDocument.Dependent> head = d.head(x);
      if (head.isEmpty()) {
        return false;
      }
      if (head.get().token() == top) {
        return true;
      }
      x = head.get().token();
    }
    return false;
  }
}
