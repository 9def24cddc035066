package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.CueSpeakers.confidence;
import static io.github.debatestance.nlp.internal.CueSpeakers.endsSoon;
import static io.github.debatestance.nlp.internal.CueSpeakers.introducesNext;
import static io.github.debatestance.nlp.internal.CueSpeakers.isAdjectival;
import static io.github.debatestance.nlp.internal.CueSpeakers.isNounPhraseWord;
import static io.github.debatestance.nlp.internal.CueSpeakers.reportsContent;
import static io.github.debatestance.nlp.internal.QuotationBounds.crossesParagraph;
import static io.github.debatestance.nlp.internal.QuotationBounds.isStop;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sieves that read the words after a quotation in its sentence: a cue verb right after it
 * ({@code "...," X said}, {@code "...," said X}), a clause that does nothing but attribute a
 * quotation that ends its sentence ({@code "...." X said.}), a verb of manner that closes it
 * ({@code "...!" beamed X}), and a clause after a comma that closes the sentence and only
 * attributes it ({@code "..." in contrast to earlier years, says X}). A conjunction that opens a
 * clause of its own ends the search: its cue reports something else.
 *
 * <p>Immutable and thread-safe.
 */
final class TrailingCueSieves {

  /** How many tokens after a quotation a trailing cue may stand ("," the lab's chief scientist said). */
  private static final int TRAILING_WINDOW = 8;

  private final CueSpeakers cues;
  private final MentionReader mentions;

  TrailingCueSieves(CueSpeakers cues, MentionReader mentions) {
    this.cues = cues;
    this.mentions = mentions;
  }

  /**
   * A cue right after the quotation in its sentence, or a subject and a verb of manner that close
   * it: {@code "...," X said}, {@code "...," said the former minister X}, {@code "..." X said.},
   * {@code "...," an angry X retorted.}
   */
  Optional<SpeakerEvidence> trailingCue(ParsedDocument d, Quotation q) {
    Optional<SpeakerEvidence> e = trailingCueVerb(d, q);
    return e.isPresent() ? e : trailingMannerVerb(d, q);
  }

  /**
   * A speech cue after a quotation that its sentence goes on from, within reach of a subject that
   * stands right after the quotation; or, after a quotation that ends its sentence, a sentence
   * that only attributes it.
   */
  private Optional<SpeakerEvidence> trailingCueVerb(ParsedDocument d, Quotation q) {
    if (!q.isClosed()) {
      return Optional.empty();
    }
    int start = d.tokenAtOrAfter(q.end());
    if (endsSentence(q.content().of(d.text())) || opensSentenceAfterQuestion(d, q, start)) {
      // A quotation that closes its own sentence is attributed before it, or in a new sentence,
      // unless that sentence does nothing but attribute it: "...." Reyes said.
      return bareAttribution(d, q, start);
    }
    // The cue may stand far off when an appositive comes between ("...," Corvane AI, a start-up
    // in Leeds, said), but its subject must then stand right after the quotation.
    int limit = Math.min(d.size(), start + 4 * TRAILING_WINDOW);
    for (int t = start; t < limit; t++) {
      if (d.isQuoted(t) || isStop(d.word(t)) || crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (opensClause(d, t) && (onlyPunctuationBetween(d, start, t) || d.word(t - 1).equals(","))) {
        // "... of "X" and Reyes says ...", "... "X" until Reyes said ...", "...," for instance,
        // and Reyes vowed ...": a conjunction after the quotation, or after a comma, opens a new
        // clause, whose cue reports something else.
        return Optional.empty();
      }
      // A participle used as an adjective ("the self-described group") or an infinitive reports
      // nothing; right after the quotation, the tagger takes an inverted cue ("...," said
      // consultant Lena Forsberg) for an adjective as often.
      boolean adjectival = isAdjectival(d, t) && !onlyPunctuationBetween(d, start, t);
      if (cues.isCueVerb(d, t) && !adjectival && !isInfinitive(d, t)) {
        if (introducesNext(d, t)) {
          return Optional.empty();
        }
        Optional<Mention> speaker = mentions.subjectOf(d, t);
        if (speaker.isEmpty()) {
          speaker = adjacentMention(d, t, start);
        }
        if (speaker.isEmpty()) {
          speaker = cues.invertedSubject(d, t);
        }
        if (speaker.isEmpty()) {
          speaker = describedAfter(d, t);
        }
        if (speaker.isEmpty()) {
          speaker = placedAfter(d, t);
        }
        if (speaker.isEmpty() && t > start + 2) {
          // "...," Corvane AI, a start-up in Leeds that ..., said: a parse lost in the appositive
          // still leaves the name that opens the clause, right after the quotation.
          speaker = nameOpening(d, start);
        }
        if (speaker.isEmpty()) {
          speaker = bareWordBeforeCue(d, start, t);
        }
        String cue = d.word(t);
        boolean near = t < start + TRAILING_WINDOW;
        // A trailing cue's speaker stands after the quotation: a subject the parse finds before it
        // belongs to a cue that goes on from the clause holding the quotation ("X said Y "...," by
        // calling ..."), which the later sieves read.
        return speaker
            .filter(m -> m.first() >= start)
            .filter(
                m -> near || m.first() < start + TRAILING_WINDOW / 2 || nounPhraseOnly(d, start, m))
            .map(m -> SpeakerEvidence.of(m, cue, confidence(m, 0.95)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the quotation's own cue, right after it, has one source the text leaves unnamed as
   * its subject: {@code "...," said one.}, {@code "...," one banker said.}, {@code "...," a
   * source said.} The quotation then has no speaker to find, and the sentences before it, which
   * may name a group the source belongs to ("Some investors are sceptical."), do not speak for it.
   */
  boolean hasUnnamedOwnCue(ParsedDocument d, Quotation q) {
    if (!q.isClosed()) {
      return false;
    }
    int start = d.tokenAtOrAfter(q.end());
    int limit = Math.min(d.size(), start + 3);
    for (int t = start; t < limit; t++) {
      if (d.isQuoted(t) || crossesParagraph(d, q.end(), d.begin(t))) {
        return false;
      }
      if (cues.isCueVerb(d, t)) {
        // "one said", or "said one (banker)", which the parse may hang from the cue by any
        // relation; the clause must end there, doing nothing but attribute the quotation.
        // After a quotation that ends its sentence, a comma would go on to the next quotation
        // ("...." Another added, "...").
        int cue = t;
        boolean commaEnds = !endsSentence(q.content().of(d.text()));
        return d.dependents(t).stream()
            .filter(dep -> dep.relation().equals("nsubj") && dep.token() >= start
                || dep.token() > cue && opensAt(d, dep.token(), cue + 1))
            .anyMatch(dep -> isSingleSource(d, dep.token())
                && endsClause(d, cue, dep.token(), commaEnds));
      }
    }
    return false;
  }

  /**
   * Whether a cue of saying stands right after the quotation's closing comma, before its subject
   * ({@code "...," said ...}): the quotation's own attribution, whose speaker, where the sieve
   * above could not read it, no sentence around it names instead.
   */
  boolean hasInvertedOwnCue(ParsedDocument d, Quotation q) {
    if (!q.isClosed() || endsSentence(q.content().of(d.text()))) {
      return false;
    }
    int start = d.tokenAtOrAfter(q.end());
    return start < d.size() && !d.isQuoted(start)
        && !crossesParagraph(d, q.end(), d.begin(start))
        && d.tag(start).equals("VBD") && cues.isCueVerb(d, start);
  }

  /** Whether the clause of a cue and its subject ends right after the later of the two. */
  private static boolean endsClause(ParsedDocument d, int cue, int subject, boolean commaEnds) {
    int last = Math.max(cue, d.subtreeRange(subject, 6).map(r -> r[1]).orElse(subject));
    if (last + 1 >= d.size()) {
      return true;
    }
    String next = d.word(last + 1);
    return next.equals(".") || next.equals("!") || next.equals("?")
        || commaEnds && next.equals(",");
  }

  /** Whether the phrase a token heads opens at the given token. */
  private static boolean opensAt(ParsedDocument d, int head, int first) {
    return d.subtreeRange(head, 6).map(r -> r[0] == first).orElse(false);
  }

  /**
   * The person an inverted cue describes right after it, where the parse took the description for
   * the cue's object: "...," said a longtime aide to Quill.
   */
  private Optional<Mention> describedAfter(ParsedDocument d, int cue) {
    int u = cue + 1;
    if (u >= d.size() || d.isQuoted(u) || !mentions.isSingleSourceWord(d.word(u))) {
      return Optional.empty();
    }
    if (d.tag(u).equals("CD")) {
      return mentions.describedAt(d, u);
    }
    return d.head(u)
        .filter(h -> h.relation().equals("det") && h.token() > u)
        .flatMap(h -> mentions.describedAt(d, h.token()));
  }

  /**
   * The person a definite description right after an inverted cue places, where the parse took
   * it for the cue's object and its noun is no role that a named actor could hold: "...," said
   * the tailor, who sews for a rival label. A role ("said the senator") is left to the
   * sieves that find who holds it.
   */
  private Optional<Mention> placedAfter(ParsedDocument d, int cue) {
    int u = cue + 1;
    if (u >= d.size() || d.isQuoted(u) || !d.word(u).equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    return d.head(u)
        .filter(h -> h.relation().equals("det") && h.token() > u)
        .filter(h -> mentions.at(d, h.token()).isEmpty())
        .flatMap(h -> mentions.placedAt(d, h.token()));
  }

  /** Whether a subject is one source the text does not name: "one", "one banker", "a source". */
  private boolean isSingleSource(ParsedDocument d, int s) {
    if (d.isQuoted(s) || mentions.isNameToken(d, s) || mentions.describedAt(d, s).isPresent()) {
      return false;
    }
    if (mentions.isSingleSourceWord(d.word(s))) {
      return true;
    }
    if (!d.tag(s).equals("NN")) {
      return false;
    }
    for (ParsedDocument.Dependent dep : d.dependents(s)) {
      if (dep.token() < s && (dep.relation().equals("det") || dep.relation().equals("nummod"))
          && mentions.isSingleSourceWord(d.word(dep.token()))
          && d.children(s, "nmod").isEmpty() && d.children(s, "appos").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a conjunction opens a clause of its own: a coordinating one, or a subordinating one
   * with a subject ("until Reyes said"), but not one before a bare participle, which only
   * qualifies the attribution ("...," when asked about it, Reyes said).
   */
  private static boolean opensClause(ParsedDocument d, int t) {
    if (d.tag(t).equals("CC")) {
      return true;
    }
    if (!SUBORDINATORS.contains(d.word(t).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t + 1 >= d.size() || !(d.tag(t + 1).equals("VBN") || d.tag(t + 1).equals("VBG"));
  }

  /** Conjunctions that open a subordinate clause, whose cue reports something of its own. */
  private static final Set<String> SUBORDINATORS =
      Set.of("until", "because", "when", "after", "before", "if", "while", "since", "although",
          "though", "unless", "whereas", "once", "whether");

  /**
   * After a quotation that ends its sentence, a sentence that only attributes it: a cue verb
   * right after the quotation, with its subject between them or after it, and nothing that the
   * verb reports of its own ("...." Reyes said, "...." said Reyes on Monday).
   */
  private Optional<SpeakerEvidence> bareAttribution(ParsedDocument d, Quotation q, int start) {
    int limit = Math.min(d.size(), start + TRAILING_WINDOW);
    for (int t = start; t < limit; t++) {
      if (d.isQuoted(t) || isStop(d.word(t)) || crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (cues.isCueVerb(d, t)) {
        if (introducesNext(d, t) || reportsContent(d, t) || !endsSoon(d, t)) {
          return Optional.empty();
        }
        int cue = t;
        Optional<Mention> speaker =
            mentions.subjectOf(d, t).or(() -> adjacentMention(d, cue, start));
        if (speaker.isEmpty()) {
          speaker = cues.invertedSubject(d, t);
        }
        if (speaker.isEmpty()) {
          speaker = bareWordBeforeCue(d, start, t);
        }
        return speaker
            .filter(m -> m.first() < start + TRAILING_WINDOW / 2)
            .map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.9)));
      }
    }
    return Optional.empty();
  }

  /**
   * A quotation that its sentence goes on from with nothing but a subject and a verb of manner
   * that is no speech cue: "...," an angry Reyes retorted. "...?" she laughed. The grammar makes
   * the verb report the quotation, whatever verb it is.
   */
  private Optional<SpeakerEvidence> trailingMannerVerb(ParsedDocument d, Quotation q) {
    if (!q.isClosed()) {
      return Optional.empty();
    }
    String quoted = q.content().of(d.text()).strip();
    int t = d.tokenAtOrAfter(q.end());
    boolean open =
        quoted.endsWith(",") || quoted.endsWith("?") || quoted.endsWith("!")
            || t < d.size() && d.word(t).equals(",");
    if (!open) {
      return Optional.empty();
    }
    while (t < d.size() && d.word(t).equals(",") && !d.isQuoted(t)) {
      t++;
    }
    int subjectStart = t;
    while (t < d.size() && t < subjectStart + 6 && !d.isQuoted(t) && isSubjectWord(d.tag(t))) {
      t++;
    }
    int verb = t;
    if (verb == subjectStart && verb < d.size() && !d.isQuoted(verb)
        && !crossesParagraph(d, q.end(), d.begin(verb))) {
      // The verb first and its subject after it ("...!" beamed Tomas Reyes of Halden): only a
      // verb that reports the quotation is inverted so.
      return isMannerVerb(d, verb)
          ? cues.invertedSubject(d, verb)
              .map(m -> SpeakerEvidence.of(m, d.word(verb), confidence(m, 0.85)))
          : Optional.empty();
    }
    if (verb == subjectStart || verb >= d.size() || d.isQuoted(verb)
        || crossesParagraph(d, q.end(), d.begin(verb))
        || !isMannerVerb(d, verb)) {
      return Optional.empty();
    }
    int after = verb + 1;
    while (after < d.size() && d.tag(after).startsWith("RB") && !d.isQuoted(after)) {
      after++;
    }
    boolean closes =
        after >= d.size()
            || isStop(d.word(after))
            || d.sentenceOf(after) != d.sentenceOf(verb)
            || d.word(after).equals(",") && after + 1 < d.size() && d.isQuoted(after + 1);
    if (!closes) {
      return Optional.empty();
    }
    return mentions.subjectOf(d, verb)
        .filter(m -> m.first() >= subjectStart)
        .or(() -> mentions.at(d, verb - 1))
        .map(m -> SpeakerEvidence.of(m, d.word(verb), confidence(m, 0.85)));
  }

  /** Whether a finite verb that is no speech cue may report the quotation before it by manner. */
  private boolean isMannerVerb(ParsedDocument d, int verb) {
    String tag = d.tag(verb);
    return (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
        && !NON_MANNER_VERBS.contains(d.lemma(verb).toLowerCase(Locale.ROOT))
        && !cues.isCueVerb(d, verb);
  }

  /** Verbs that never report the words before them: "...," it is. */
  private static final Set<String> NON_MANNER_VERBS = Set.of("be", "have", "do");

  /** Whether a tag fits a speaker's subject: a word of a noun phrase, or a pronoun. */
  private static boolean isSubjectWord(String tag) {
    return isNounPhraseWord(tag) || tag.equals("PRP");
  }

  /**
   * Whether only the words of one noun phrase stand between the quotation and its speaker's name,
   * such as an owner and a title ("...," the Halden Institute's senior economist Lena Forsberg
   * said), or a title the name is set off from ("...!" the party's likely nominee, Tomas Reyes,
   * wrote): the name still opens the clause after the quotation.
   */
  private static boolean nounPhraseOnly(ParsedDocument d, int start, Mention m) {
    if (m.first() > start && TITLE_PREPOSITIONS.contains(d.word(m.first() - 1))) {
      // "...," one of the lawyers for Tomas Reyes said: a name after a preposition only places
      // the subject, who stands before it.
      return false;
    }
    for (int t = start; t < m.first(); t++) {
      if (!isNounPhraseWord(d.tag(t)) && !d.word(t).equals(",") && !isTitleWord(d, start, t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word that is no plain noun-phrase word still belongs to a long title or to the name
   * of the body that gives it ("...," Fair Rent for All organizing director Lena Forsberg said):
   * a capitalised word, which names something whatever the tagger made of it, a currency sign, a
   * participle before the noun it describes, and "of", "for" or "at" inside the phrase.
   */
  private static boolean isTitleWord(ParsedDocument d, int start, int t) {
    String w = d.word(t);
    String tag = d.tag(t);
    if (w.equals("$")) {
      return true;
    }
    if (Character.isUpperCase(w.codePointAt(0))) {
      return !tag.startsWith("PRP") && !tag.startsWith("W") && !tag.equals("CC");
    }
    if ((tag.equals("VBG") || tag.equals("VBN")) && t + 1 < d.size()
        && d.tag(t + 1).startsWith("NN")) {
      return true;
    }
    return t > start && TITLE_PREPOSITIONS.contains(w);
  }

  /** Prepositions that may stand inside a title or the name of a body: "director of", "Fight for". */
  private static final Set<String> TITLE_PREPOSITIONS = Set.of("of", "for", "at");

  /** Words that stand for an unnamed group or anyone at all ("Many said"), never a name. */
  private static final Set<String> QUANTIFIERS =
      Set.of("many", "most", "several", "few", "others", "both", "all", "some", "each",
          "another", "one", "none", "neither", "either", "everyone", "everybody", "someone",
          "somebody", "nobody", "anyone", "anybody");

  /**
   * The one capitalised word between a quotation and its cue ("...," Small said.), which can only
   * be the speaker's name, where the tagger took a surname that is also a common word ("Small",
   * "Will", "From") for something else.
   */
  private static Optional<Mention> bareWordBeforeCue(ParsedDocument d, int start, int cue) {
    int word = start;
    while (word < cue && d.word(word).equals(",")) {
      word++;
    }
    if (cue != word + 1 || d.isQuoted(word)) {
      return Optional.empty();
    }
    String w = d.word(word);
    String tag = d.tag(word);
    if (w.length() < 2
        || !Character.isUpperCase(w.codePointAt(0))
        || w.codePoints().skip(1).anyMatch(c -> !Character.isLowerCase(c))
        || tag.startsWith("PRP") || tag.startsWith("W") || tag.equals("DT") || tag.equals("EX")
        || tag.equals("NN") || tag.equals("NNS") || tag.equals("CD")
        || QUANTIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new Mention(Mention.Kind.NAME, word, word, word, w));
  }

  /** A name that stands at the token and is followed by a comma. */
  private Optional<Mention> nameOpening(ParsedDocument d, int t) {
    if (t >= d.size() || !mentions.isNameToken(d, t) || d.isQuoted(t)) {
      return Optional.empty();
    }
    Mention m = mentions.name(d, t);
    if (m.first() != t || m.last() + 1 >= d.size() || !d.word(m.last() + 1).equals(",")) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /**
   * A mention right before the cue or right after it, for parses that give no subject. The one
   * before wins: after a cue it may be the listener ("Reyes told Halden Radio").
   */
  private Optional<Mention> adjacentMention(ParsedDocument d, int cue, int windowStart) {
    if (cue - 1 >= windowStart) {
      Optional<Mention> before = mentions.at(d, cue - 1);
      if (before.isPresent()) {
        return before;
      }
    }
    if (cue + 1 < d.size()) {
      Optional<Mention> after = mentions.at(d, cue + 1);
      if (after.isPresent() && after.get().kind() == Mention.Kind.NAME) {
        return Optional.of(cues.personTitled(d, after.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a cue is an infinitive ("...," for Okafor to criticize the plan), which tells what
   * someone would or should say, not who said the quotation.
   */
  private static boolean isInfinitive(ParsedDocument d, int t) {
    return t > 0 && d.tag(t).equals("VB") && d.word(t - 1).equalsIgnoreCase("to");
  }

  /** Whether only punctuation, no word, stands between two tokens. */
  private static boolean onlyPunctuationBetween(ParsedDocument d, int from, int to) {
    for (int t = from; t < to; t++) {
      if (d.hasLetterOrDigit(t)) {
        return false;
      }
    }
    return true;
  }

  /** Whether quoted words end their sentence: a full stop, not an ellipsis, which trails off. */
  private static boolean endsSentence(String quoted) {
    String s = quoted.strip();
    return s.endsWith(".") && !s.endsWith("...");
  }

  /**
   * Whether the words after a quotation that ends in a question or exclamation mark open a new
   * sentence: a capital on a word that is no name ("...?" Her critics cited it ...). The cue of
   * the quotation's own sentence goes on in lower case ("...?" her aide asked).
   */
  private boolean opensSentenceAfterQuestion(ParsedDocument d, Quotation q, int start) {
    String quoted = q.content().of(d.text()).strip();
    if (!(quoted.endsWith("?") || quoted.endsWith("!")) || start >= d.size()) {
      return false;
    }
    String word = d.word(start);
    return !word.isEmpty()
        && Character.isUpperCase(word.codePointAt(0))
        && !word.equals("I")
        && !d.tag(start).startsWith("NNP")
        && !mentions.isNameToken(d, start);
  }

  /** How many words the subject of a closing attribution may have before its cue. */
  private static final int CLOSING_SUBJECT_WORDS = 10;

  /**
   * A sentence that goes on after the quotation and ends in a clause, after a comma, that does
   * nothing but attribute it: ""..." in stark contrast to the old days, says Nora Lind, a
   * historian", ""...," just as the council did, the port's counsel Lena Forsberg added". A clause
   * opened by a conjunction reports something of its own, and a sentence with a cue of its own
   * before the comma belongs to that cue.
   */
  Optional<SpeakerEvidence> closingAttribution(ParsedDocument d, Quotation q) {
    int open = d.tokenBefore(q.open() + 1);
    int after = d.tokenAtOrAfter(q.end());
    if (!q.isClosed() || open < 0 || after >= d.size() || endsSentence(q.content().of(d.text()))
        || d.sentenceOf(after) != d.sentenceOf(open)) {
      return Optional.empty();
    }
    int sentence = d.sentenceOf(open);
    for (int t = d.sentenceBegin(sentence); t < open; t++) {
      if (!d.isQuoted(t) && cues.isCueVerb(d, t)) {
        return Optional.empty();
      }
    }
    int end = d.sentenceEnd(sentence);
    for (int t = after; t < end; t++) {
      if (crossesParagraph(d, q.end(), d.begin(t))) {
        return Optional.empty();
      }
      if (d.isQuoted(t)) {
        continue;
      }
      if (cues.isCueVerb(d, t)) {
        // The first cue after the quotation is the only one that may attribute it.
        return d.word(t - 1).equals(",") || isAttributionSubject(d, t) ? closingCue(d, t)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether only the words of a subject stand between a comma and the cue: "the port's counsel
   * Lena Forsberg added".
   */
  private boolean isAttributionSubject(ParsedDocument d, int cue) {
    for (int t = cue - 1; t >= Math.max(0, cue - CLOSING_SUBJECT_WORDS); t--) {
      if (d.word(t).equals(",")) {
        return t < cue - 1;
      }
      if (d.isQuoted(t) || !isSubjectWord(d.tag(t))) {
        return false;
      }
    }
    return false;
  }

  /** The speaker of a cue that closes its sentence with nothing it reports of its own. */
  private Optional<SpeakerEvidence> closingCue(ParsedDocument d, int cue) {
    if (introducesNext(d, cue) || reportsContent(d, cue)) {
      return Optional.empty();
    }
    int comma = cue - 1;
    while (!d.word(comma).equals(",")) {
      comma--;
    }
    int first = comma + 1;
    Optional<Mention> speaker = cue == first
        ? cues.invertedSubject(d, cue)
        : mentions.subjectOf(d, cue).filter(m -> m.first() >= first)
            .or(() -> mentions.at(d, cue - 1));
    return speaker.map(m -> SpeakerEvidence.of(m, d.word(cue), confidence(m, 0.8)));
  }
}
