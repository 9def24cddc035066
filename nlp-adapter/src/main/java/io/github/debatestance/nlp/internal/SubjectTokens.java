package io.github.debatestance.nlp.internal;

import static io.github.debatestance.nlp.internal.MentionHeads.isCapitalised;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which token is a verb's subject, or stands in for one: the agent of a passive ("criticised by
 * Reyes"), the subject nearest before the verb where the parse gives it two, a surname the tagger
 * read as a modal ("May argued"), and the object of a causative verb that the verb completes ("led
 * Reyes to concede").
 *
 * <p>Immutable and thread-safe.
 */
final class SubjectTokens {

  private final Lexicon causativeVerbs;

  /** @param causativeVerbs verbs whose object does what their clause says ("led Reyes to") */
  SubjectTokens(Lexicon causativeVerbs) {
    this.causativeVerbs = causativeVerbs;
  }

  /**
   * Whether the verb has a subject of any kind outside the quotations, its own or the one it
   * shares with the verb it hangs from: "the report found that ...", "Reyes, calling it ...".
   * What a subject that names nobody says is still a claim, without a speaker.
   */
  boolean hasSubject(ParsedDocument d, int verb) {
    int v = verb;
    for (int depth = 0; depth < 4; depth++) {
      OptionalInt subject = subjectOrCausedAgent(d, v);
      if (subject.isPresent()) {
        int s = subject.getAsInt();
        return !d.isQuoted(s) && !d.tag(s).equals("EX");
      }
      Optional<ParsedDocument.Dependent> head = d.head(v);
      if (head.isEmpty() || !SpeakerSieves.sharesSubjectOfHead(d, v)) {
        return false;
      }
      v = head.get().token();
    }
    return false;
  }

  /**
   * The agent of a passive verb, which does what the verb says whatever its subject: Reyes in "it
   * was argued by Reyes that ..." and in "the plan was criticised by Reyes". The parse may hang the
   * agent on the quoted words the verb governs ("has been called "a gift" by Reyes").
   */
  private static OptionalInt passiveAgent(ParsedDocument d, int verb) {
    if (d.children(verb, "aux:pass").isEmpty() && d.children(verb, "nsubj:pass").isEmpty()) {
      return OptionalInt.empty();
    }
    for (ParsedDocument.Dependent x : d.dependents(verb)) {
      if (x.token() <= verb) {
        continue;
      }
      if (d.matches(x, "obl:by") && !d.isQuoted(x.token())) {
        return OptionalInt.of(x.token());
      }
      if (d.isQuoted(x.token()) && (x.relation().equals("obj") || x.relation().equals("xcomp"))) {
        for (ParsedDocument.Dependent y : d.dependents(x.token())) {
          if (d.matches(y, "nmod:by") && !d.isQuoted(y.token())) {
            return OptionalInt.of(y.token());
          }
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The verb's subject, or where it has none and completes a causative verb with an object, that
   * object: in "the defeat led Reyes to concede ...", Reyes concedes.
   */
  OptionalInt subjectOrCausedAgent(ParsedDocument d, int verb) {
    OptionalInt agent = passiveAgent(d, verb);
    if (agent.isPresent()) {
      return agent;
    }
    OptionalInt subject = nearestSubject(d, verb);
    if (subject.isPresent()) {
      return subject;
    }
    OptionalInt surname = surnameReadAsModal(d, verb);
    if (surname.isPresent()) {
      return surname;
    }
    OptionalInt absolute = absoluteSubject(d, verb);
    if (absolute.isPresent()) {
      return absolute;
    }
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    if (head.isEmpty()
        || !head.get().relation().equals("xcomp")
        || !causativeVerbs.contains(d.lemma(head.get().token()).toLowerCase(Locale.ROOT))) {
      return OptionalInt.empty();
    }
    for (int object : d.children(head.get().token(), "obj")) {
      if (object < verb && !d.isQuoted(object)) {
        return OptionalInt.of(object);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The noun that a participle after "with" goes on from, in an absolute clause: in "..., with
   * Reyes calling the plan "a gift"", Reyes calls it. The parse hangs the participle from the
   * noun, as if it only described it, and the noun from the clause before; the grammar makes the
   * noun the participle's subject.
   */
  private static OptionalInt absoluteSubject(ParsedDocument d, int verb) {
    if (!d.tag(verb).equals("VBG")) {
      return OptionalInt.empty();
    }
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    if (head.isEmpty()
        || !(head.get().relation().equals("acl") || head.get().relation().equals("dep"))) {
      return OptionalInt.empty();
    }
    int noun = head.get().token();
    if (noun >= verb || d.isQuoted(noun)
        || !(d.tag(noun).startsWith("NN") || d.tag(noun).equals("PRP"))) {
      return OptionalInt.empty();
    }
    for (int t = noun + 1; t < verb; t++) {
      if (d.word(t).equals(",")) {
        // "... with the text of the charter, arguing ...": a participle set off by a comma goes on
        // from the clause, not from the noun.
        return OptionalInt.empty();
      }
    }
    for (int c : d.children(noun, "case")) {
      if (c < noun && d.word(c).equalsIgnoreCase("with")) {
        return OptionalInt.of(noun);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A surname that the tagger read as a modal and the parse hung on the verb as its auxiliary: in
   * "Will wrote that ..." after "Lena Will", or "May argued ..." after "Ada May". A modal never
   * stands before a verb in the past tense or the third person, nor right before a participle
   * (the tagger, having read the modal, may tag "described" so), so a capitalised one there, that
   * ends a person's name given in full elsewhere in the document, is the subject.
   */
  private static OptionalInt surnameReadAsModal(ParsedDocument d, int verb) {
    String tag = d.tag(verb);
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBN"))) {
      return OptionalInt.empty();
    }
    for (int a : d.children(verb, "aux")) {
      String w = d.word(a);
      if (a < verb && (a == verb - 1 || !tag.equals("VBN")) && !d.isQuoted(a)
          && d.tag(a).equals("MD") && isCapitalised(w) && d.isSurname(w)) {
        return OptionalInt.of(a);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The verb's subject. A parse that gives a verb two subjects ("..." by the party, NATO and its
   * partners, Reyes said) has taken a fronted phrase for one: the subject nearest before the
   * verb is the real one.
   */
  private static OptionalInt nearestSubject(ParsedDocument d, int verb) {
    OptionalInt best = OptionalInt.empty();
    for (int s : d.children(verb, "nsubj")) {
      if (!d.hasLetterOrDigit(s)) {
        // A quotation mark the tagger took for a noun ("'' Reyes said").
        continue;
      }
      if (isGerundBeforeInfinitive(d, s, verb)) {
        // "Continuing to defend ..., Reyes ...": the parse took the gerund that the infinitive
        // completes for its subject; the verb shares the subject of the clause above.
        continue;
      }
      if (best.isEmpty()
          || s < verb && (best.getAsInt() > verb || s > best.getAsInt())
          || s > verb && best.getAsInt() > verb && s < best.getAsInt()) {
        best = OptionalInt.of(s);
      }
    }
    return best;
  }

  /** Whether the token is a gerund right before "to" and the verb: "continuing to explain". */
  private static boolean isGerundBeforeInfinitive(ParsedDocument d, int s, int verb) {
    return d.tag(s).equals("VBG")
        && s + 2 == verb
        && d.word(s + 1).equalsIgnoreCase("to")
        && d.tag(verb).equals("VB");
  }
}
