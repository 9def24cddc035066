package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds relations that the text states between actors, in the dependency parse of the sentences
 * with a relation cue ("Whitlock backed Osei's call for open weights").
 *
 * <ul>
 *   <li>The source is the cue's subject, resolved as a speaker is: a name, a pronoun or a role
 *       noun ("the company"), the subject a participle or coordinated verb shares, or the noun a
 *       relative clause hangs from ("Osei, who praised Lind, ..."). In the passive ("Osei was
 *       criticized by Lind") the agent is the source and the subject the target.
 *   <li>The target is the actor in the cue's target place ({@code obj}, {@code obl:with}, ...): a
 *       name, an object pronoun of a person (never the source's own names), a role noun, or the
 *       owner of what stands there ("Osei's call", "the company's claim", "her plan");
 *       coordinated names give one target each. A name NER missed counts if the document names
 *       that actor elsewhere.
 *   <li>A cue marked {@code answers} with nothing in its target place ("X responded swiftly", "X
 *       fired back:"), or only a speech noun without an owner ("responded to the claims"), yields a
 *       draft without a target: it answers the last other actor quoted or cited before it, which
 *       only the whole document knows ({@link StatedRelations}). A reply to a question answers
 *       nobody.
 *   <li>A negated cue ("did not back", "neither X nor Y responded"), one under a verb that leaves
 *       it undone ("declined to criticize", "urged Lind to back") and one inside a quotation state
 *       no relation. Nor do plural pronouns ("they") or role nouns with a name in them ("the Osei
 *       campaign") stand for a source: they name groups, or someone other than the text's actor.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class RelationFinder {

  /** A sentence longer than this gives the cue's clause as evidence instead of itself. */
  private static final int MAX_EVIDENCE_CHARS = 400;

  /** Clauses longer than this are run-on text: the walk stops, as the other stages' walks do. */
  private static final int MAX_CLAUSE_TOKENS = 200;

  /** How many verbs up a verb without a subject looks for one to share. */
  private static final int MAX_SHARED_SUBJECT_DEPTH = 3;

  private static final double NAMED = 0.9;
  private static final double ANSWERING = 0.6;

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither");

  private final RelationCues cues;
  private final MentionReader mentions;
  private final Lexicon speechNouns;
  private final Lexicon unrealisedVerbs;

  /**
   * @param cues the relation cues
   * @param mentions reads the mentions of actors
   * @param speechNouns nouns of what someone said ("claim"), which a response may answer
   * @param unrealisedVerbs verbs under which a cue did not happen ("declined to back")
   */
  public RelationFinder(
      RelationCues cues, MentionReader mentions, Lexicon speechNouns, Lexicon unrealisedVerbs) {
    this.cues = cues;
    this.mentions = mentions;
    this.speechNouns = speechNouns;
    this.unrealisedVerbs = unrealisedVerbs;
  }

  /**
   * The stated relations of a parsed stretch of text, in order, with offsets moved by {@code
   * offset}.
   */
  public List<RelationDraft> find(ParsedDocument d, ActorRegistry registry, int offset) {
    List<RelationDraft> found = new ArrayList<>();
    for (int v = 0; v < d.size(); v++) {
      if (d.isQuoted(v) || !d.tag(v).startsWith("VB") || d.node(v) == null) {
        continue;
      }
      int verb = v;
      RelationCues.Match match = cues.match(d.lemma(verb), k -> following(d, verb, k));
      if (match == null || isNegated(d, verb) || !hasNeeded(d, verb, match.cue())) {
        continue;
      }
      find(d, registry, verb, match).forEach(r -> found.add(r.shifted(offset)));
    }
    return found;
  }

  private List<RelationDraft> find(
      ParsedDocument d, ActorRegistry registry, int verb, RelationCues.Match match) {
    RelationCues.Cue cue = match.cue();
    int follower = match.followerOffset() == 0 ? -1 : verb + match.followerOffset();
    List<Integer> places = new ArrayList<>();
    Optional<Mention> source;
    Optional<Integer> passiveSubject = passiveTarget(d, verb);
    if (passiveSubject.isPresent()) {
      // "Osei was criticized by Lind": the agent speaks, the subject is spoken of.
      source = agent(d, registry, verb);
      places.add(passiveSubject.get());
    } else {
      source = subject(d, registry, verb);
      for (int head : follower < 0 ? List.of(verb) : List.of(verb, follower)) {
        for (ParsedDocument.Dependent dep : d.dependents(head)) {
          if (cue.targetRelations().stream().anyMatch(r -> d.matches(dep, r))) {
            places.add(dep.token());
          }
        }
      }
    }
    if (source.isEmpty() || isNegated(d, source.get().head()) || !canBeSource(d, source.get())) {
      return List.of();
    }
    Optional<ActorRegistry.Entry> from = registry.resolve(source.get());
    if (from.isEmpty()) {
      return List.of();
    }
    TextSpan evidence = evidence(d, verb);
    TextSpan window = claimWindow(d, verb);
    double sourceConfidence = NAMED - penalty(source.get());
    List<RelationDraft> result = new ArrayList<>();
    for (int place : places) {
      for (Mention target : targets(d, registry, place)) {
        // An object pronoun is someone other than the subject; a possessive may be the subject's
        // own ("defended his record"), which then gives no relation.
        Optional<ActorRegistry.Entry> to =
            target.kind() == Mention.Kind.PRONOUN && !isPossessive(d, target)
                ? registry.resolveOther(target, from.get())
                : registry.resolve(target);
        if (to.isPresent() && !to.get().key().equals(from.get().key())) {
          result.add(
              new RelationDraft(
                  from.get().key(),
                  to.get().key(),
                  cue.type(),
                  evidence,
                  d.begin(verb),
                  window,
                  Math.max(0.0, sourceConfidence - penalty(target))));
        }
      }
    }
    if (result.isEmpty()
        && cue.answers()
        && passiveSubject.isEmpty()
        && answers(d, places)
        && !answersAQuestion(d, verb)) {
      result.add(
          new RelationDraft(
              from.get().key(),
              null,
              cue.type(),
              evidence,
              d.begin(verb),
              window,
              ANSWERING - penalty(source.get())));
    }
    return result;
  }

  /** The lemma of the k-th word after the verb in its sentence, or null past its end. */
  private static String following(ParsedDocument d, int verb, int k) {
    int t = verb + k;
    if (t >= d.sentenceEnd(d.sentenceOf(verb)) || d.isQuoted(t)) {
      return null;
    }
    return d.lemma(t);
  }

  /**
   * Whether a verb, or a subject ("neither Osei nor ...", "no minister"), carries a negation.
   */
  private static boolean isNegated(ParsedDocument d, int word) {
    for (ParsedDocument.Dependent dep : d.dependents(word)) {
      String r = dep.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.startsWith("cc"))
          && NEGATIONS.contains(
              d.word(dep.token()).toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a subject mention may be a relation's source. A plural pronoun stands for a group as
   * often as for one actor, and a role noun with a name in it ("the Osei campaign") is not the
   * organisation the text is about, so neither is resolved. Nor is a group ("critics"), whose
   * members the text leaves open.
   */
  private boolean canBeSource(ParsedDocument d, Mention m) {
    return switch (m.kind()) {
      case NAME -> true;
      case GROUP, RECORD, DESCRIPTION -> false;
      case PRONOUN -> !mentions.actorKind(d, m).equals("ANY");
      case ROLE -> {
        for (int t = m.first(); t < m.head(); t++) {
          if (mentions.isNameToken(d, t)) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  /**
   * Whether a response answers a question rather than an actor: "Asked about the licence, Osei
   * replied ...", "When asked, ...", or a reply right after a question the writer puts outside
   * quotation marks.
   */
  private static boolean answersAQuestion(ParsedDocument d, int verb) {
    int sentence = d.sentenceOf(verb);
    for (int t = d.sentenceBegin(sentence); t < verb; t++) {
      if (!d.isQuoted(t) && d.tag(t).equals("VBN") && d.lemma(t).equals("ask")) {
        return true;
      }
    }
    if (sentence == 0) {
      return false;
    }
    int last = d.sentenceEnd(sentence - 1) - 1;
    while (last > d.sentenceBegin(sentence - 1) && ClaimSpans.isClosingQuoteMark(d.word(last))) {
      last--;
    }
    return d.word(last).equals("?") && !d.isQuoted(last);
  }

  private static boolean hasNeeded(ParsedDocument d, int verb, RelationCues.Cue cue) {
    if (cue.needs() == null) {
      return true;
    }
    return d.dependents(verb).stream().anyMatch(dep -> d.matches(dep, cue.needs()));
  }

  /**
   * The subject of a passive cue, which is the target: "Osei was criticized by ...", and "Osei,
   * backed by ..." where the participle hangs from the noun.
   */
  private static Optional<Integer> passiveTarget(ParsedDocument d, int verb) {
    for (ParsedDocument.Dependent dep : d.dependents(verb)) {
      if (dep.relation().equals("nsubj:pass")) {
        return Optional.of(dep.token());
      }
    }
    if (d.tag(verb).equals("VBN")) {
      Optional<ParsedDocument.Dependent> head = d.head(verb);
      if (head.isPresent() && head.get().relation().equals("acl")) {
        return Optional.of(head.get().token());
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> agent(ParsedDocument d, ActorRegistry registry, int verb) {
    for (ParsedDocument.Dependent dep : d.dependents(verb)) {
      if ((d.matches(dep, "obl:by") || dep.relation().equals("obl:agent"))
          && !d.isQuoted(dep.token())) {
        Optional<Mention> m = actorAt(d, registry, dep.token());
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The cue's subject; in a relative clause ("Osei, who praised Lind"), the noun it hangs from; and
   * a name NER missed in the subject's place, if the document names that actor elsewhere.
   *
   * <p>A verb without a subject shares the subject of the verb it is coordinated with or hangs
   * from ("Lind criticized Osei and praised Whitlock", "..., accusing Osei of ..."). Through a
   * loose attachment ({@code dep}) it does so only after a comma, as in a headline's "X slams Y,
   * praises Z": elsewhere such a link is usually the parser's guess across clauses ("X complained Y
   * had attacked him"), and a wrong source is worse than none.
   */
  private Optional<Mention> subject(ParsedDocument d, ActorRegistry registry, int verb) {
    Optional<ParsedDocument.Dependent> head = d.head(verb);
    if (head.isPresent() && head.get().relation().equals("acl:relcl")) {
      for (int s : d.children(verb, "nsubj")) {
        if (RELATIVE_PRONOUNS.contains(d.word(s).toLowerCase(Locale.ROOT))) {
          return mentions.at(d, head.get().token());
        }
      }
    }
    int v = verb;
    for (int depth = 0; d.children(v, "nsubj").isEmpty(); depth++) {
      Optional<ParsedDocument.Dependent> up = d.head(v);
      if (depth == MAX_SHARED_SUBJECT_DEPTH
          || !d.children(v, "csubj").isEmpty()
          || up.isEmpty()
          || !sharesSubject(d, v, up.get().relation())
          || up.get().relation().equals("xcomp") && isUnrealised(d, up.get().token())) {
        return Optional.empty();
      }
      v = up.get().token();
    }
    Optional<Mention> subject = mentions.subjectOf(d, v);
    if (subject.isEmpty()) {
      for (int s : d.children(v, "nsubj")) {
        if (!d.isQuoted(s)) {
          return registry.knownNameAt(s);
        }
      }
    }
    return subject;
  }

  /**
   * Whether a verb leaves its infinitive undone ("declined to back") or gives it to an actor in its
   * object ("urged Osei to back"), so that the cue under it states no relation of the verb's
   * subject.
   */
  private boolean isUnrealised(ParsedDocument d, int governor) {
    return unrealisedVerbs.contains(d.lemma(governor))
        || d.children(governor, "obj").stream().anyMatch(o -> mentions.reference(d, o).isPresent())
        || isNegated(d, governor);
  }

  private static boolean sharesSubject(ParsedDocument d, int verb, String relation) {
    if (relation.equals("conj") || relation.equals("advcl") || relation.equals("xcomp")) {
      return true;
    }
    if (!relation.equals("dep")) {
      return false;
    }
    Optional<int[]> range = d.subtreeRange(verb, MAX_CLAUSE_TOKENS);
    return range.isPresent() && range.get()[0] > 0 && d.word(range.get()[0] - 1).equals(",");
  }

  /**
   * The actor a token names or points to, with the document's names as a fallback for NER. Of the
   * pronouns only those of people count: "it" and "them" in an object's place stand for things at
   * least as often as for actors ("criticized it", "responding to them").
   */
  private Optional<Mention> actorAt(ParsedDocument d, ActorRegistry registry, int t) {
    Optional<Mention> m = mentions.reference(d, t);
    if (m.isPresent()
        && m.get().kind() == Mention.Kind.PRONOUN
        && !mentions.actorKind(d, m.get()).equals("PERSON")) {
      return Optional.empty();
    }
    return m.isPresent() ? m : registry.knownNameAt(t);
  }

  /**
   * The actors a target place names: the noun itself, else the owner of what it names ("Osei's
   * call", "the claims of Osei", "critics such as Osei"), and the same for each noun coordinated
   * with it.
   */
  private List<Mention> targets(ParsedDocument d, ActorRegistry registry, int noun) {
    List<Mention> result = new ArrayList<>();
    targetOf(d, registry, noun).ifPresent(result::add);
    for (int c : d.children(noun, "conj")) {
      targetOf(d, registry, c).ifPresent(result::add);
    }
    return result;
  }

  private Optional<Mention> targetOf(ParsedDocument d, ActorRegistry registry, int noun) {
    if (d.isQuoted(noun)) {
      return Optional.empty();
    }
    Optional<Mention> m = actorAt(d, registry, noun);
    if (m.isPresent()) {
      return m;
    }
    for (ParsedDocument.Dependent dep : d.dependents(noun)) {
      boolean owner = dep.relation().startsWith("nmod:poss") || d.matches(dep, "nmod:of");
      if (owner && !d.isQuoted(dep.token())) {
        Optional<Mention> o = actorAt(d, registry, dep.token());
        if (o.isPresent()) {
          return o;
        }
      }
    }
    return mentions.namedWithin(d, noun).filter(n -> !d.isQuoted(n.head()));
  }

  /**
   * Whether a cue's target places leave it answering whoever spoke before: none is filled, or only
   * by a speech or source noun that names no owner ("responded to the claims").
   */
  private boolean answers(ParsedDocument d, List<Integer> places) {
    for (int place : places) {
      boolean speech =
          d.tag(place).startsWith("NN")
              && (speechNouns.contains(d.lemma(place)) || mentions.isSourceNoun(d, place));
      if (!speech) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPossessive(ParsedDocument d, Mention m) {
    return d.tag(m.head()).equals("PRP$")
        || d.head(m.head()).filter(h -> h.relation().startsWith("nmod:poss")).isPresent();
  }

  private static double penalty(Mention m) {
    return switch (m.kind()) {
      case NAME -> 0.0;
      case PRONOUN -> 0.1;
      case ROLE, GROUP, RECORD, DESCRIPTION -> 0.15;
    };
  }

  /** The cue's sentence, or its clause when the sentence is very long. */
  private static TextSpan evidence(ParsedDocument d, int verb) {
    int s = d.sentenceOf(verb);
    TextSpan sentence = trimmed(d, d.sentenceBegin(s), d.sentenceEnd(s) - 1);
    if (sentence.length() <= MAX_EVIDENCE_CHARS) {
      return sentence;
    }
    return d.subtreeRange(verb, MAX_CLAUSE_TOKENS)
        .map(r -> trimmed(d, r[0], r[1]))
        .filter(clause -> clause.length() <= MAX_EVIDENCE_CHARS)
        .orElse(trimmed(d, verb, verb));
  }

  private static TextSpan trimmed(ParsedDocument d, int first, int last) {
    return new TextSpan(d.begin(first), d.end(last));
  }

  /** The cue's sentence and the next: a claim the relation rests on stands there. */
  private static TextSpan claimWindow(ParsedDocument d, int verb) {
    int s = d.sentenceOf(verb);
    int next = Math.min(s + 1, d.sentenceCount() - 1);
    return new TextSpan(d.begin(d.sentenceBegin(s)), d.end(d.sentenceEnd(next) - 1));
  }
}
