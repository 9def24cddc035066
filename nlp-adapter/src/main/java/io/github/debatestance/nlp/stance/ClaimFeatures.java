package io.github.debatestance.nlp.stance;

import io.github.debatestance.core.model.Stance;
import io.github.debatestance.nlp.internal.Lexicon;
import io.github.debatestance.nlp.stance.StanceLanguage.Judgement;
import io.github.debatestance.nlp.stance.StanceLanguage.Marker;
import io.github.debatestance.nlp.stance.StanceTokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the stance features of a claim from its words alone, so that a labelled statement and a
 * claim found in an article are read the same way:
 *
 * <ul>
 *   <li>words and word pairs, with the words inside a negation's scope marked as negated;
 *   <li>the debate's cue terms, each counted for its side, turned to the other side under a
 *       negation; a target term counts through the judgements of it, not by being named;
 *   <li>target-aware judgements: praise of a side's target in the same clause counts for that
 *       side, criticism or dismissal for the other ("the misuse argument is overstated"); an
 *       obligation judges only what it demands, the targets after it;
 *   <li>targets named with no judgement or cue in the main clause, which mark a report of what
 *       was done rather than an argument about it;
 *   <li>concession: in "While A, B" and "A, but B" the conceded part A counts less, under its own
 *       feature names;
 *   <li>a demand for evidence ("show me one case where an open model caused harm"): the terms of its
 *       sentence count for the other side, since the speaker disputes the view it names;
 *   <li>a view named as such ("the idea that open release is reckless"): a speaker who shared it
 *       would state it, so its words to the end of the sentence get feature names of their own,
 *       and the weights learn what naming a view at a distance says;
 *   <li>reconciliation ("openness and testing are not in conflict"), under a feature of its own with
 *       the sides whose targets it joins;
 *   <li>both poles named as interchangeable ("whether open or closed", "both open and closed
 *       labs"): what the sentence says holds for either pole, so its cues and judgements get
 *       feature names of their own;
 *   <li>a withheld verdict ("too early to say"): the words of its sentence count as little as a
 *       conceded clause's;
 *   <li>questions, hedges, obligations, and claims that weigh both sides;
 *   <li>the word vectors of the claim's words, added up, so that words no lexicon or training
 *       statement holds still count through their neighbours (see {@link WordVectors}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class ClaimFeatures {

  /** How much a word of a conceded clause counts, against 1 for the main clause. */
  static final double CONCEDED_WEIGHT = 0.3;

  /** How many words after a negation it reaches, at most, within its clause. */
  static final int NEGATION_SCOPE = 6;

  /**
   * How much the summed word vectors count. Measured on the training set's cross-validation: at 2
   * the dense features neither drown the sparse ones nor vanish under the L2 penalty.
   */
  static final double VECTOR_WEIGHT = 2.0;

  private static final int SHORT_CLAIM_WORDS = 6;

  private static final String WORD = "w:";
  private static final String WORD_PAIR = "b:";

  private final DebateDefinition debate;
  private final StanceLanguage language;
  private final Lexicon stopwords;
  private final WordVectors vectors;

  ClaimFeatures(
      DebateDefinition debate, StanceLanguage language, Lexicon stopwords, WordVectors vectors) {
    this.debate = debate;
    this.language = language;
    this.stopwords = stopwords;
    this.vectors = vectors;
  }

  /** The features of the debate with CoreNLP's word vectors. */
  static ClaimFeatures of(DebateDefinition debate) {
    return of(debate, WordVectors.coreNlp());
  }

  static ClaimFeatures of(DebateDefinition debate, WordVectors vectors) {
    return new ClaimFeatures(
        debate,
        StanceLanguage.english(),
        Lexicon.load("/io/github/debatestance/nlp/stopwords.txt"),
        vectors);
  }

  /** Whether a feature is one of a word or a word pair, as against one of the claim's reading. */
  static boolean isWordFeature(String name) {
    return name.startsWith(WORD) || name.startsWith(WORD_PAIR);
  }

  /**
   * What the reading of a claim found: its stance markers, found once and read by every feature
   * that turns on them, and token by token the scopes they set; exposed to tests of the reading.
   */
  record Reading(
      List<Token> tokens,
      List<TermSet.Match<Marker>> markers,
      boolean[] negated,
      boolean[] conceded,
      boolean[] inQuestion,
      boolean[] challenged,
      boolean[] viewed,
      boolean[] withheld,
      int[] clause) {}

  /** The features of a claim's text. */
  FeatureVector extract(String text) {
    Reading r = read(text);
    List<Token> toks = r.tokens();
    int n = toks.size();
    FeatureVector.Builder f = new FeatureVector.Builder();
    f.add("bias", 1.0);

    int words = 0;
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      if (t.punctuation()) {
        continue;
      }
      words++;
      double w = weight(r, i);
      if (!stopwords.contains(t.lower())) {
        f.add(WORD + (r.negated()[i] ? "~" : "") + t.stem(), w, t.surface());
      }
      if (i + 1 < n && !toks.get(i + 1).punctuation()) {
        Token u = toks.get(i + 1);
        if (!(stopwords.contains(t.lower()) && stopwords.contains(u.lower()))) {
          f.add(
              WORD_PAIR + t.stem() + "_" + u.stem(),
              Math.min(w, weight(r, i + 1)),
              t.surface() + " " + u.surface());
        }
      }
    }
    if (words <= SHORT_CLAIM_WORDS) {
      f.add("short", 1.0);
    }

    List<TermSet.Match<DebateDefinition.Target>> targets = debate.targetsIn(toks);
    List<TermSet.Match<Judgement>> judgements = language.judgements().find(toks);
    boolean[] deontic = new boolean[n];
    // "reject" in "I reject the idea that ..." disputes the view, which the challenge already
    // reads; as a judgement of the view's terms too it would count twice.
    boolean[] inChallenge = new boolean[n];
    for (TermSet.Match<Marker> m : r.markers()) {
      if (m.value() == Marker.DEONTIC) {
        deontic[m.begin()] = true;
      }
      if (m.value() == Marker.CHALLENGE) {
        for (int i = m.begin(); i < m.end(); i++) {
          inChallenge[i] = true;
        }
      }
    }
    boolean[] indifferent = indifferentSentences(r, targets);
    double mainA = 0;
    double mainB = 0;
    for (TermSet.Match<DebateDefinition.Target> m : targets) {
      Stance side = m.value().side();
      if (r.negated()[m.begin()]) {
        side = side.opposite();
      }
      // What a disputed view says of a target, and a cue it makes, are what the speaker disputes.
      if (r.challenged()[m.begin()]) {
        side = side.opposite();
      }
      String context = context(r, m.begin());
      if (context.equals("m") && indifferent[m.begin()]) {
        // Said of either pole alike, a cue or judgement argues for neither: it gets features of
        // its own, and does not count among the main clause's.
        context = "i";
      }
      String surface = surface(text, toks, m.begin(), m.end());
      // A target named with no cue or judgement says which side it belongs to, not which side the
      // claim takes: a side's target is named to attack it as often as to defend it, and in
      // balanced and factual claims too. A feature for being named learned no side from that (its
      // weights favoured caution for the targets of either side), only a lean that pushed claims
      // naming many targets toward caution. Without it, cross-validation over six orderings rose
      // from 0.8208 to 0.8225 (in four of the six) and the development claims from 0.851 to 0.857.
      // The target's words still count as words, and "unjudged" below marks a claim that names
      // targets and judges none.
      if (m.value().cue()) {
        f.add("cue-" + context + ":" + letter(side), 1.0, surface);
      }
      if (context.equals("m") && m.value().cue()) {
        if (side == Stance.PRO_OPEN_SOURCE) {
          mainA++;
        } else {
          mainB++;
        }
      }
      // Judgements in the same clause bear on this term. An obligation bears on what it demands,
      // the words after it: in "developers who release weights ought to face testing" it is
      // the testing that is asked for, not the publishing.
      for (TermSet.Match<Judgement> j : judgements) {
        if (r.clause()[j.begin()] != r.clause()[m.begin()] || overlaps(j, targets)
            || deontic[j.begin()] && m.begin() < j.begin()
            || inChallenge[j.begin()]) {
          continue;
        }
        Judgement judgement = j.value();
        if (r.negated()[j.begin()]) {
          judgement =
              switch (judgement) {
                case PRAISE -> Judgement.CRITICISM;
                case CRITICISM -> Judgement.PRAISE;
                case DISMISSAL -> null;
              };
        }
        Stance supported = null;
        if (judgement == Judgement.DISMISSAL) {
          supported = side.opposite();
        } else if (judgement != null && !m.value().cue()) {
          supported = judgement == Judgement.PRAISE ? side : side.opposite();
        }
        if (supported != null) {
          f.add(
              "eval-" + context + ":" + letter(supported),
              1.0,
              surface,
              surface(text, toks, j.begin(), j.end()));
          if (context.equals("m")) {
            if (supported == Stance.PRO_OPEN_SOURCE) {
              mainA++;
            } else {
              mainB++;
            }
          }
        }
      }
    }
    if (mainA > 0 && mainB > 0) {
      f.add("both", 1.0);
    }
    if (!targets.isEmpty() && mainA == 0 && mainB == 0) {
      // Targets named without a judgement or cue in the main clause: a report of what was done
      // ("the results were published with the weights") rather than an argument about it.
      f.add("unjudged", 1.0);
    }
    addReconciliation(r, targets, f);

    boolean question = false;
    boolean concession = false;
    boolean negation = false;
    boolean challenge = false;
    boolean view = false;
    boolean withheld = false;
    for (int i = 0; i < n; i++) {
      view |= r.viewed()[i];
      withheld |= r.withheld()[i];
      question |= r.inQuestion()[i];
      challenge |= r.challenged()[i];
      concession |= r.conceded()[i];
      negation |= r.negated()[i];
    }
    for (TermSet.Match<Marker> m : r.markers()) {
      if (!r.conceded()[m.begin()]
          && (m.value() == Marker.HEDGE || m.value() == Marker.DEONTIC)) {
        f.add(m.value() == Marker.HEDGE ? "hedge" : "deontic", 1.0);
      }
    }
    if (question) {
      f.add("question", 1.0);
    }
    if (concession) {
      f.add("concession", 1.0);
    }
    if (negation) {
      f.add("negation", 1.0);
    }
    if (challenge) {
      f.add("challenge", 1.0);
    }
    if (view) {
      f.add("view", 1.0);
    }
    if (withheld) {
      f.add("withheld", 1.0);
    }
    for (boolean b : indifferent) {
      if (b) {
        f.add("indifferent", 1.0);
        break;
      }
    }
    addVectors(toks, f);
    return f.build();
  }

  /**
   * A reconciliation of two things says they go together; which sides' targets its sentence names
   * tells the model what is reconciled with what. Claims that openness and care go together come
   * mostly from the side of openness, but the weights learn that, not this code.
   */
  private static void addReconciliation(
      Reading r, List<TermSet.Match<DebateDefinition.Target>> targets, FeatureVector.Builder f) {
    List<StanceTokens.Token> toks = r.tokens();
    for (TermSet.Match<Marker> m : r.markers()) {
      if (m.value() != Marker.RECONCILE || r.conceded()[m.begin()]) {
        continue;
      }
      boolean a = false;
      boolean b = false;
      for (TermSet.Match<DebateDefinition.Target> t : targets) {
        if (sentenceOf(toks, t.begin()) == sentenceOf(toks, m.begin()) && !t.value().cue()) {
          a |= t.value().side() == Stance.PRO_OPEN_SOURCE;
          b |= t.value().side() == Stance.PRO_SAFETY_CLOSED;
        }
      }
      f.add("reconcile", 1.0);
      f.add("reconcile:" + (a ? "A" : "") + (b ? "B" : ""), 1.0);
    }
  }

  /** How many words may stand between two poles offered as alternatives ("open or closed"). */
  static final int ALTERNATIVE_GAP = 3;

  /**
   * The sentences that name the two sides' targets as interchangeable: joined by "or" ("whether
   * open or closed", "open-weight or proprietary models"), or paired by "both" or "alike" ("both
   * open and closed labs", "open and closed developers alike"). A speaker who names both poles so
   * says that what the sentence says holds for either, so its cues and judgements argue for
   * neither pole; they get features of their own (context "i"), whose weights the training
   * statements set, and so does the pairing itself.
   */
  private static boolean[] indifferentSentences(
      Reading r, List<TermSet.Match<DebateDefinition.Target>> targets) {
    List<Token> toks = r.tokens();
    // A marker is read where its match begins: the alternatives and pairings are single words.
    Marker[] marker = new Marker[toks.size()];
    for (TermSet.Match<Marker> m : r.markers()) {
      marker[m.begin()] = m.value();
    }
    boolean[] indifferent = new boolean[toks.size()];
    for (TermSet.Match<DebateDefinition.Target> x : targets) {
      for (TermSet.Match<DebateDefinition.Target> y : targets) {
        if (x.value().cue() || y.value().cue() || x.value().side() == y.value().side()
            || y.begin() < x.end() || y.begin() - x.end() > ALTERNATIVE_GAP
            || !interchangeable(toks, marker, x, y)) {
          continue;
        }
        int sentence = sentenceOf(toks, x.begin());
        for (int i = 0, at = 0; i < toks.size(); i++) {
          indifferent[i] |= at == sentence;
          at += endsSentence(toks.get(i)) ? 1 : 0;
        }
      }
    }
    return indifferent;
  }

  /**
   * Whether two terms, the one after the other with no mark between them, are named as
   * interchangeable: an alternative between them, or a pairing word just before the first ("both
   * the open and the closed") or just after the second ("open and closed labs alike").
   */
  private static boolean interchangeable(
      List<Token> toks,
      Marker[] marker,
      TermSet.Match<DebateDefinition.Target> x,
      TermSet.Match<DebateDefinition.Target> y) {
    boolean alternative = false;
    for (int i = x.end(); i < y.begin(); i++) {
      if (toks.get(i).punctuation()) {
        return false;
      }
      alternative |= marker[i] == Marker.ALTERNATIVE;
    }
    int near = ALTERNATIVE_GAP - 1;
    for (int i = Math.max(0, x.begin() - near); i < x.begin(); i++) {
      alternative |= marker[i] == Marker.PAIRING;
    }
    for (int i = y.end(); i < Math.min(toks.size(), y.end() + near + 1); i++) {
      if (toks.get(i).punctuation()) {
        break;
      }
      alternative |= marker[i] == Marker.PAIRING;
    }
    return alternative;
  }

  /** The number of sentence ends before a token. */
  private static int sentenceOf(List<StanceTokens.Token> toks, int index) {
    int ends = 0;
    for (int i = 0; i < index; i++) {
      if (endsSentence(toks.get(i))) {
        ends++;
      }
    }
    return ends;
  }

  /**
   * The unit vectors of the content words, summed and divided by the square root of their number,
   * so that a long claim does not outweigh a short one as a plain sum would, nor count for as
   * little as one word as a mean would.
   */
  private void addVectors(List<Token> toks, FeatureVector.Builder f) {
    if (vectors.dimension() == 0) {
      return;
    }
    double[] sum = new double[vectors.dimension()];
    int count = 0;
    for (Token t : toks) {
      if (t.punctuation() || stopwords.contains(t.lower())) {
        continue;
      }
      float[] v = vectors.get(t.lower());
      if (v != null) {
        count++;
        for (int k = 0; k < sum.length; k++) {
          sum[k] += v[k];
        }
      }
    }
    if (count > 0) {
      double scale = VECTOR_WEIGHT / Math.sqrt(count);
      for (int k = 0; k < sum.length; k++) {
        f.add("vec:" + k, sum[k] * scale);
      }
    }
  }

  /** Negation scope, concession, questions and clauses of a claim. */
  Reading read(String text) {
    List<Token> toks = StanceTokens.tokenize(text);
    int n = toks.size();
    List<TermSet.Match<Marker>> markers = language.markers().find(toks);
    Marker[] marker = new Marker[n];
    for (TermSet.Match<Marker> m : markers) {
      for (int i = m.begin(); i < m.end(); i++) {
        marker[i] = m.value();
      }
    }
    for (int i = 0; i < n; i++) {
      if (marker[i] == Marker.CONTRAST && isAdverbialYet(toks, i)) {
        marker[i] = null;
      }
    }
    boolean[] negated = new boolean[n];
    boolean[] conceded = new boolean[n];
    boolean[] inQuestion = new boolean[n];
    boolean[] challenged = new boolean[n];
    boolean[] viewed = new boolean[n];
    boolean[] withheld = new boolean[n];
    int[] clause = new int[n];

    int clauseId = 0;
    for (int i = 0; i < n; i++) {
      if (toks.get(i).punctuation() || marker[i] == Marker.CONTRAST || marker[i] == Marker.CONCEDE) {
        clauseId++;
      }
      clause[i] = clauseId;
    }

    for (int i = 0; i < n; i++) {
      boolean negator = marker[i] == Marker.NEGATION || toks.get(i).lower().endsWith("n't");
      if (!negator || i > 0 && marker[i - 1] == Marker.NEGATION) {
        continue;
      }
      int reach = 0;
      for (int k = i + 1; k < n && reach < NEGATION_SCOPE; k++) {
        Token t = toks.get(k);
        if (t.punctuation() || marker[k] == Marker.CONTRAST || marker[k] == Marker.CONCEDE) {
          break;
        }
        if (marker[k] != Marker.NEGATION) {
          negated[k] = true;
        }
        reach++;
      }
    }

    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && !endsSentence(toks.get(end))) {
        end++;
      }
      int stop = Math.min(end + 1, n);
      if (end < n && toks.get(end).lower().equals("?")) {
        for (int i = start; i < stop; i++) {
          inQuestion[i] = true;
        }
      }
      markConcession(toks, marker, conceded, start, end);
      markChallenge(marker, challenged, start, stop);
      markView(marker, challenged, viewed, start, stop);
      markWithheld(marker, withheld, start, stop);
      start = stop;
    }
    return new Reading(
        toks,
        List.copyOf(markers),
        negated,
        conceded,
        inQuestion,
        challenged,
        viewed,
        withheld,
        clause);
  }

  /**
   * Whether the "yet" at {@code i} is the adverb of time ("not yet", "cannot yet tell", "has yet
   * to") rather than the conjunction: the conjunction opens its clause, after a mark, at the start
   * of the claim or after "and", "but" or "or".
   */
  private static boolean isAdverbialYet(List<Token> toks, int i) {
    if (!toks.get(i).lower().equals("yet") || i == 0) {
      return false;
    }
    Token before = toks.get(i - 1);
    return !before.punctuation() && !List.of("and", "but", "or").contains(before.lower());
  }

  /**
   * A demand for evidence disputes the view that its sentence states, from the demand to the end of
   * the sentence ("Show me evidence that closed models are safer").
   */
  private static void markChallenge(Marker[] marker, boolean[] challenged, int start, int stop) {
    int at = firstMarker(marker, Marker.CHALLENGE, start, stop);
    if (at >= 0) {
      Arrays.fill(challenged, at, stop, true);
    }
  }

  /** The first token from {@code start} to before {@code stop} that the marker begins, or -1. */
  private static int firstMarker(Marker[] marker, Marker value, int start, int stop) {
    for (int i = start; i < stop; i++) {
      if (marker[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A view named as such ("the idea that ...", "the argument that ...") is held at a distance: a
   * speaker who shares it states it instead. Its words, to the end of the sentence, are read as a
   * view, apart from the speaker's own assertions, unless a demand for evidence already disputes
   * them.
   */
  private static void markView(
      Marker[] marker, boolean[] challenged, boolean[] viewed, int start, int stop) {
    for (int i = start; i < stop; i++) {
      if (marker[i] == Marker.VIEW && !challenged[i]) {
        for (int k = i; k < stop; k++) {
          viewed[k] = true;
        }
        return;
      }
    }
  }

  /**
   * A verdict withheld ("the board has not made up its mind") says the speaker takes no side yet:
   * the words of its sentence name the question, not an answer, and count as little as a conceded
   * clause's.
   */
  private static void markWithheld(Marker[] marker, boolean[] withheld, int start, int stop) {
    if (firstMarker(marker, Marker.WITHHELD, start, stop) >= 0) {
      Arrays.fill(withheld, start, stop, true);
    }
  }

  private static void markConcession(
      List<Token> toks, Marker[] marker, boolean[] conceded, int start, int end) {
    int first = start;
    while (first < end && toks.get(first).punctuation()) {
      first++;
    }
    if (first >= end) {
      return;
    }
    if (marker[first] == Marker.CONTRAST && start > 0) {
      // "... risks. But secrecy is worse": the sentences before the contrast are conceded.
      for (int i = 0; i < start; i++) {
        conceded[i] = true;
      }
    }
    int lastContrast = -1;
    for (int i = first + 1; i < end; i++) {
      if (marker[i] == Marker.CONTRAST && marker[i - 1] != Marker.CONTRAST) {
        lastContrast = i;
      }
    }
    if (marker[first] == Marker.CONCEDE) {
      int until = lastContrast;
      if (until < 0) {
        until = first;
        while (until < end && !toks.get(until).lower().equals(",")) {
          until++;
        }
        if (until == end) {
          until = -1;
        }
      }
      for (int i = start; i < until; i++) {
        conceded[i] = true;
      }
    } else if (lastContrast > 0) {
      for (int i = start; i < lastContrast; i++) {
        conceded[i] = true;
      }
    }
    // A concession later in the sentence ("We will publish, although ...") holds to its clause end.
    for (int i = first + 1; i < end; i++) {
      if (marker[i] == Marker.CONCEDE && marker[i - 1] != Marker.CONCEDE
          && toks.get(i - 1).punctuation()) {
        for (int k = i; k < end && !toks.get(k).lower().equals(",") && marker[k] != Marker.CONTRAST;
            k++) {
          conceded[k] = true;
        }
      }
    }
  }

  /** How much a word counts: less in a conceded clause or a sentence that withholds a verdict. */
  private static double weight(Reading r, int i) {
    return r.conceded()[i] || r.withheld()[i] ? CONCEDED_WEIGHT : 1.0;
  }

  private static boolean endsSentence(Token t) {
    return t.punctuation() && ".!?;".contains(t.lower());
  }

  private static String context(Reading r, int i) {
    return r.conceded()[i] ? "c" : r.viewed()[i] ? "v" : r.inQuestion()[i] ? "q" : "m";
  }

  private static String letter(Stance side) {
    return side == Stance.PRO_OPEN_SOURCE ? "A" : "B";
  }

  private static boolean overlaps(
      TermSet.Match<Judgement> j, List<TermSet.Match<DebateDefinition.Target>> targets) {
    for (TermSet.Match<DebateDefinition.Target> t : targets) {
      if (j.begin() < t.end() && t.begin() < j.end()) {
        return true;
      }
    }
    return false;
  }

  private static String surface(String text, List<Token> toks, int begin, int end) {
    return text.substring(toks.get(begin).begin(), toks.get(end - 1).end());
  }
}
