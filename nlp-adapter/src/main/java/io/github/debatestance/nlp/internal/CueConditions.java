package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The readings of a cue word that report no claim, or report one only where a condition holds: a
 * passive participle ("Asked about the audit, ..."), a negated cue, a plural noun that the tagger
 * took for the verb, a poll's share, a first person recalling a belief, an attitude that no
 * person holds, a record that "shows" something, an infinitive whose object stands outside its
 * clause, a stand followed by the quotation that states it, a set phrase of the writer's own
 * ("That said, ...") and a negated stand that describes the noun of its relative clause.
 *
 * <p>Immutable and thread-safe.
 */
final class CueConditions {

  /**
   * Cue forms that are also plural nouns, which the tagger may read as the verb: "Iron Belt states
   * that have lost mills", "four Market Day states".
   */
  private static final Set<String> NOUN_LIKE_FORMS = Set.of("states");

  /** Words that make a count a share: "23 percent", "23%". */
  private static final Set<String> SHARE_WORDS = Set.of("percent", "%");

  /** Words between the two shares of a split: "52 percent to 29 percent". */
  private static final Set<String> SPLIT_WORDS = Set.of("to", "versus", "vs.", "-");

  /** Set phrases that end in a cue verb but report nothing ("that said", "all told"). */
  private static final Lexicon DISCOURSE_FORMULAS =
      Lexicon.load("/io/github/debatestance/nlp/discourse-formulas.txt");

  private final MentionReader mentions;

  /** @param mentions reads the cues' subjects */
  CueConditions(MentionReader mentions) {
    this.mentions = mentions;
  }

  /**
   * Whether the cue is a participle in the passive without an auxiliary or subject of its own
   * ("Asked about the audit, Reyes ..."), whose content was put to the subject, not said by it.
   */
  static boolean isPassiveParticiple(ParsedDocument d, int cue) {
    if (!d.tag(cue).equals("VBN")) {
      return false;
    }
    return d.dependents(cue).stream()
        .noneMatch(x -> x.relation().startsWith("aux") || x.relation().startsWith("nsubj"))
        && d.head(cue)
            // "Asked if he was scared, Reyes laughed": the parse may hang the participle as an
            // adverb of the main verb.
            .filter(h -> h.relation().equals("advcl") || h.relation().equals("dep")
                || h.relation().equals("advmod"))
            .isPresent();
  }

  /**
   * Whether the sentence of a question put to the subject ends in a colon that opens the answer:
   * in "Asked whether the plan would work, Reyes answered at length: ..." the question introduces
   * the passage that answers it, as an interviewer's line does, while in "Asked whether the plan
   * would work, Reyes said it might" it is what the subject was asked.
   */
  static boolean opensAnswerAfterColon(ParsedDocument d, int cue) {
    int end = d.sentenceEnd(d.sentenceOf(cue));
    return end - 1 > cue && d.word(end - 1).equals(":");
  }

  /**
   * Whether the cue's subject is a thing named by a singular common noun that stands for no person
   * or organization: "the industry", "the market" in "the industry hopes that ...".
   */
  boolean hasThingSubject(ParsedDocument d, int cue) {
    for (int s : d.children(cue, "nsubj")) {
      if (d.tag(s).equals("NN") && mentions.at(d, s)
          .map(m -> mentions.actorKind(d, m))
          .map(kind -> !kind.equals("PERSON") && !kind.equals("ORGANIZATION"))
          .orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue is negated ("did not respond", "never answered"), so that it reports what was
   * not said.
   */
  static boolean isNegated(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      String w = d.word(x.token()).toLowerCase(Locale.ROOT);
      if (x.relation().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue whose form is also a plural noun ("states") is the noun: read as the verb only
   * where its subject is one that can state something, a pronoun, a person, an organization or a
   * record ("It states that ...", "Reyes states that ...", "the charter states that ..."), not a
   * place, a day or a count ("Iron Belt states", "Market Day states").
   */
  boolean isPluralNounReading(ParsedDocument d, int cue) {
    if (!NOUN_LIKE_FORMS.contains(d.word(cue))) {
      return false;
    }
    List<Integer> subjects = d.children(cue, "nsubj");
    if (subjects.isEmpty()) {
      return true;
    }
    int subject = subjects.get(0);
    return !(d.tag(subject).equals("PRP")
        || mentions.isRecordNoun(d, subject)
        || d.ner(subject).equals("PERSON")
        || d.ner(subject).equals("ORGANIZATION"));
  }

  /**
   * Whether an attitude cue reports a poll's share rather than a stand: its subject is a count or
   * a share ("23 percent favored Okafor", "15 percent backed Reyes"), or a split between shares
   * follows it ("officers favored Reyes 52 percent to 29 percent"). A share that "would" or "will"
   * back someone answers a poll's question about a choice ahead, which news reports as a stand.
   */
  static boolean isPollShare(ParsedDocument d, int cue) {
    if (d.children(cue, "aux").stream().anyMatch(a -> d.tag(a).equals("MD"))) {
      return false;
    }
    List<Integer> subjects = d.children(cue, "nsubj");
    if (!subjects.isEmpty()) {
      int subject = subjects.get(0);
      if (SHARE_WORDS.contains(d.word(subject).toLowerCase(Locale.ROOT))
          || d.tag(subject).equals("CD")) {
        return true;
      }
    }
    int sentence = d.sentenceOf(cue);
    int last = Math.min(d.size() - 1, cue + 10);
    for (int t = cue + 1; t + 3 <= last && d.sentenceOf(t + 3) == sentence; t++) {
      if (d.tag(t).equals("CD")
          && SHARE_WORDS.contains(d.word(t + 1).toLowerCase(Locale.ROOT))
          && SPLIT_WORDS.contains(d.word(t + 2).toLowerCase(Locale.ROOT))
          && d.tag(t + 3).equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue is in the past tense ("knew", "did not know") with a first-person subject. */
  static boolean isFirstPersonPast(ParsedDocument d, int cue) {
    boolean past = d.tag(cue).equals("VBD")
        || d.children(cue, "aux").stream().anyMatch(a -> d.tag(a).equals("VBD"));
    return past && ReportedSpeechSpeakers.hasFirstPersonSubject(d, cue);
  }

  /**
   * Whether the cue's own subject is people the text leaves unnamed, a plural noun of persons:
   * "party leaders hope that ...", "supporters plan to ...". What they want or intend is their
   * position, as a named person's is; a record ("polls") or an institution ("the agencies") is no
   * such subject.
   */
  boolean hasPeopleSubject(ParsedDocument d, int cue) {
    if (!mentions.hasUnnamedSubject(d, cue)) {
      return false;
    }
    for (int s : d.children(cue, "nsubj")) {
      if (d.tag(s).equals("NNS") && !mentions.isRecordNoun(d, s)
          && mentions.at(d, s).map(m -> mentions.actorKind(d, m).equals("PERSON")).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue's subject, or the noun a participle cue describes ("a poll showing ..."), is a
   * record: a document, count, survey or message. A singular record without a determiner or owner
   * is a headline's ("Leaked memo shows ..."), which announces the story rather than reports it.
   */
  boolean isRecordSubject(ParsedDocument d, int cue, OptionalInt described) {
    int subject;
    if (described.isPresent()) {
      subject = described.getAsInt();
    } else {
      List<Integer> subjects = d.children(cue, "nsubj");
      if (subjects.isEmpty()) {
        return false;
      }
      subject = subjects.get(0);
    }
    return mentions.isRecordNoun(d, subject)
        && !(d.tag(subject).equals("NN")
            && d.children(subject, "det").isEmpty()
            && d.children(subject, "nmod:poss").isEmpty());
  }

  /**
   * Whether a relative word before the cue stands for what its infinitive acts on: in "a bill that
   * the council declined to take up" the infinitive's object is the bill, outside the clause, so
   * "take up" alone reports nothing.
   */
  static boolean hasRelativeObject(ParsedDocument d, int cue) {
    for (ParsedDocument.Dependent x : d.dependents(cue)) {
      int t = x.token();
      if (t < cue && (d.tag(t).equals("WDT") || d.tag(t).equals("WP"))
          && !x.relation().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a colon that opens a quotation follows the span. */
  static boolean opensQuotationAfter(ParsedDocument d, TextSpan span) {
    int next = d.tokenAtOrAfter(span.end());
    return next + 1 < d.size() && d.word(next).equals(":") && d.isQuoted(next + 1);
  }

  /**
   * Whether the cue closes a set phrase of the writer's own ("That said, ...", "All told, ...",
   * "needless to say"): a turn of thought that reports no one's words. The phrase must stand
   * apart, followed by a comma or the end of its sentence, so that "all that was said" or "the
   * truth be told to voters" are not taken for it.
   */
  static boolean closesDiscourseFormula(ParsedDocument d, int cue) {
    int sentence = d.sentenceOf(cue);
    int next = cue + 1;
    if (next < d.sentenceEnd(sentence) && !d.word(next).equals(",")) {
      return false;
    }
    String phrase = d.word(cue).toLowerCase(Locale.ROOT);
    for (int t = cue - 1; t >= d.sentenceBegin(sentence) && t >= cue - 4; t--) {
      phrase = d.word(t).toLowerCase(Locale.ROOT) + " " + phrase;
      if (DISCOURSE_FORMULAS.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negated cue describes the noun its relative clause hangs from ("a governor who has
   * not endorsed anyone", "a paper that will not back either side"): the clause tells what kind
   * of referent this is by what it lacks, and reports no position or words.
   */
  static boolean isNegatedRelativeClause(ParsedDocument d, int cue) {
    return isNegated(d, cue)
        && d.head(cue).filter(h -> h.relation().equals("acl:relcl")).isPresent();
  }
}
