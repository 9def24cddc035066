package io.github.debatestance.nlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One annotated document, read by every stage of the analysis so that none re-runs the pipeline.
 * Tokens are addressed by their position in the document ({@code 0..size-1}).
 *
 * <p>Not thread-safe; one instance belongs to one analysis call.
 */
public final class ParsedDocument {

  private final String text;
  private final CoreDocument document;
  private final List<CoreLabel> tokens;
  private final int[] sentenceStart;
  private final QuotationIndex index;
  private final List<Quotation> quotations;
  /** Whether each token lies inside a quotation, marks included. */
  private final boolean[] quoted;
  /** The last words of the people's names of two words or more that NER found, read on demand. */
  private Set<String> surnames;
  private Set<String> namesInRunningText;
  /** The words the text writes in lower case somewhere, lower-cased, read on demand. */
  private Set<String> lowerCaseWords;

  /** Whether a tag marks a finite verb or a modal: "said", "says", "say", "will". */
  static boolean isFiniteTag(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }

  /** Whether a tag marks a verb of any form or a modal: "said", "saying", "will". */
  static boolean isVerbTag(String tag) {
    return tag.startsWith("VB") || tag.equals("MD");
  }

  public ParsedDocument(String text, CoreDocument document, QuotationIndex quotations) {
    this.text = text;
    this.document = document;
    this.tokens = document.tokens();
    this.index = quotations;
    this.quotations = quotations.quotations();
    List<CoreSentence> sentences = document.sentences();
    sentenceStart = new int[sentences.size() + 1];
    int offset = 0;
    for (int s = 0; s < sentences.size(); s++) {
      sentenceStart[s] = offset;
      offset += sentences.get(s).tokens().size();
    }
    sentenceStart[sentences.size()] = offset;
    quoted = new boolean[tokens.size()];
    int q = 0;
    for (int t = 0; t < tokens.size(); t++) {
      int b = begin(t);
      while (q < this.quotations.size() && this.quotations.get(q).end() <= b) {
        q++;
      }
      // Quotations are ordered and disjoint, so one pass over both lists marks every token.
      quoted[t] = q < this.quotations.size() && b >= this.quotations.get(q).open();
    }
  }

  public String text() {
    return text;
  }

  /**
   * The same document read with its labelled turns as running text: what a turn's speaker reports
   * in it ("I told the committee that ...") is found there as anywhere else. Tags, names and trees
   * are shared; only which tokens count as quoted differs.
   */
  public ParsedDocument withTurnsAsText() {
    return new ParsedDocument(
        text, document, new QuotationIndex(text, quotations.stream().filter(q -> !q.isTurn()).toList()));
  }

  public List<Quotation> quotations() {
    return quotations;
  }

  public int size() {
    return tokens.size();
  }

  public CoreLabel token(int t) {
    return tokens.get(t);
  }

  public String word(int t) {
    return tokens.get(t).word();
  }

  /** Whether the token holds a letter or a digit: a word or number, not punctuation alone. */
  public boolean hasLetterOrDigit(int t) {
    return word(t).codePoints().anyMatch(Character::isLetterOrDigit);
  }

  public String lemma(int t) {
    String lemma = tokens.get(t).lemma();
    return lemma == null ? word(t).toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
  }

  public String tag(int t) {
    String tag = tokens.get(t).tag();
    return tag == null ? "" : tag;
  }

  public String ner(int t) {
    String ner = tokens.get(t).ner();
    return ner == null ? "O" : ner;
  }

  public int begin(int t) {
    return tokens.get(t).beginPosition();
  }

  public int end(int t) {
    return tokens.get(t).endPosition();
  }

  /**
   * Whether the token touches the words on both sides, with no space between, as a hyphen the
   * tokenizer split out of a word does ("Delacroix-Lemaire", "North-Rhine").
   */
  public boolean joinsNeighbours(int t) {
    return t > 0 && t + 1 < size() && end(t - 1) == begin(t) && end(t) == begin(t + 1);
  }

  public int sentenceCount() {
    return sentenceStart.length - 1;
  }

  public int sentenceOf(int t) {
    return tokens.get(t).sentIndex();
  }

  public int sentenceBegin(int s) {
    return sentenceStart[s];
  }

  /** One past the last token of the sentence. */
  public int sentenceEnd(int s) {
    return sentenceStart[s + 1];
  }

  /** The first token that ends after the offset, or {@code size()} if there is none. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last token that begins before the offset, or -1. */
  public int tokenBefore(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begin(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * Whether the word ends a person's name of two words or more that NER found somewhere outside
   * the quotations: "Stone" after "Ruth Stone", which the tagger may read as an adjective where
   * the surname stands alone.
   */
  public boolean isSurname(String word) {
    if (surnames == null) {
      Set<String> found = new HashSet<>();
      for (int t = 0; t < tokens.size(); t++) {
        if (!ner(t).equals("PERSON") || quoted[t]) {
          continue;
        }
        int last = t;
        while (last + 1 < tokens.size() && ner(last + 1).equals("PERSON") && !quoted[last + 1]
            && sentenceOf(last + 1) == sentenceOf(t)) {
          last++;
        }
        if (last > t) {
          found.add(word(last));
        }
        t = last;
      }
      surnames = found;
    }
    return surnames.contains(word);
  }

  /**
   * Whether the writer treats the word as a name: it stands capitalised somewhere in running text,
   * right after a lower-case word of its sentence ("according to Politico"), and nowhere in lower
   * case. The tagger reads an unfamiliar name that opens a sentence ("Politico reported") as a
   * common noun; a common noun that only a headline or a sentence's start capitalises is left out.
   */
  public boolean isNameInRunningText(String word) {
    readCases();
    return namesInRunningText.contains(word);
  }

  /**
   * Whether the text writes the word in lower case anywhere: "research" in "the research shows",
   * which makes a capitalised "Research" that opens a sentence the same common noun.
   */
  public boolean isWrittenInLowerCase(String word) {
    readCases();
    return lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Reads, once, the words the text writes in lower case and the names running text gives. */
  private void readCases() {
    if (namesInRunningText != null) {
      return;
    }
    Set<String> capitalised = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (int t = 0; t < tokens.size(); t++) {
      String w = word(t);
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      if (Character.isLowerCase(w.codePointAt(0))) {
        lower.add(w.toLowerCase(java.util.Locale.ROOT));
      } else if (t > 0 && !quoted[t] && sentenceOf(t - 1) == sentenceOf(t)
          && !word(t - 1).isEmpty() && Character.isLowerCase(word(t - 1).codePointAt(0))) {
        capitalised.add(w);
      }
    }
    capitalised.removeIf(w -> lower.contains(w.toLowerCase(java.util.Locale.ROOT)));
    namesInRunningText = capitalised;
    lowerCaseWords = lower;
  }

  /** The first verb among the heads above the token, at most {@code steps} heads up. */
  public OptionalInt verbAbove(int t, int steps) {
    Optional<Dependent> up = head(t);
    for (int i = 0; i < steps && up.isPresent(); i++) {
      int h = up.get().token();
      if (tag(h).startsWith("VB")) {
        return OptionalInt.of(h);
      }
      up = head(h);
    }
    return OptionalInt.empty();
  }

  /** Whether a finite verb or a modal stands among the tokens {@code first} to {@code last}. */
  boolean hasFiniteVerb(int first, int last) {
    for (int t = first; t <= last; t++) {
      if (isFiniteTag(tag(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb has a subject of its own in the parse: a nominal or clausal one, or an
   * expletive ("there", "it").
   */
  public boolean hasOwnSubject(int verb) {
    return dependents(verb).stream().anyMatch(x -> x.relation().startsWith("nsubj")
        || x.relation().startsWith("csubj") || x.relation().equals("expl"));
  }

  /** Whether the token lies inside one of the document's quotations. */
  public boolean isQuoted(int t) {
    return quoted[t];
  }

  /** The quotation whose marks enclose the offset. */
  public Optional<Quotation> quotationContaining(int offset) {
    return index.containing(offset);
  }

  /**
   * The basic dependency tree of a sentence. Basic rather than enhanced, so that every word has one
   * head and a subtree is a contiguous stretch of the sentence.
   */
  public SemanticGraph graph(int sentence) {
    return document
        .sentences()
        .get(sentence)
        .coreMap()
        .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  /**
   * Whether a dependent matches a relation such as {@code ccomp} or {@code obl:for}; the part after
   * the colon names a preposition or marker that the dependent must carry.
   */
  public boolean matches(Dependent dependent, String relation) {
    int colon = relation.indexOf(':');
    String base = colon < 0 ? relation : relation.substring(0, colon);
    if (!dependent.relation().equals(base)) {
      return false;
    }
    if (colon < 0) {
      return true;
    }
    String marker = relation.substring(colon + 1);
    for (Dependent m : dependents(dependent.token())) {
      if ((m.relation().equals("case") || m.relation().equals("mark"))
          && word(m.token()).equalsIgnoreCase(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The graph node of a token, or null where the parse has none. */
  public IndexedWord node(int t) {
    SemanticGraph g = graph(sentenceOf(t));
    return g == null ? null : g.getNodeByIndexSafe(t - sentenceBegin(sentenceOf(t)) + 1);
  }

  /** The document position of a graph node of the sentence. */
  public int position(int sentence, IndexedWord node) {
    return sentenceBegin(sentence) + node.index() - 1;
  }

  /** The dependents of a token under the relation, whose name may carry a subtype ("obl:for"). */
  public List<Integer> children(int t, String relation) {
    List<Integer> result = new ArrayList<>();
    for (Dependent d : dependents(t)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
        result.add(d.token());
      }
    }
    return result;
  }

  /** All dependents of a token with the full relation names. */
  public List<Dependent> dependents(int t) {
    List<Dependent> result = new ArrayList<>();
    IndexedWord node = node(t);
    if (node == null) {
      return result;
    }
    int s = sentenceOf(t);
    for (SemanticGraphEdge e : graph(s).outgoingEdgeIterable(node)) {
      result.add(new Dependent(e.getRelation().toString(), position(s, e.getDependent())));
    }
    return result;
  }

  /** The head of a token and the relation to it, if the token is not the root. */
  public Optional<Dependent> head(int t) {
    IndexedWord node = node(t);
    if (node == null) {
      return Optional.empty();
    }
    int s = sentenceOf(t);
    // The basic tree gives every word at most one head.
    for (SemanticGraphEdge e : graph(s).incomingEdgeIterable(node)) {
      return Optional.of(new Dependent(e.getRelation().toString(), position(s, e.getGovernor())));
    }
    return Optional.empty();
  }

  /**
   * The cue whose reported clause holds the token: the walk climbs through conjuncts and open
   * complements, must pass one clausal complement, and stops at the first head above it that
   * {@code isCue} accepts, within six steps and never through quoted words. In "Reyes claimed that
   * Okafor wanted to cut the levy", "claimed" reports "wanted". With {@code participleGoesOn}, a
   * participle at the token that goes on from the reported clause climbs too ("Reyes said the board
   * rejected it, calling it ..."), as part of the account.
   */
  public OptionalInt reportingCue(int token, IntPredicate isCue, boolean participleGoesOn) {
    int a = token;
    boolean reported = false;
    for (int depth = 0; depth < 6; depth++) {
      Optional<Dependent> head = head(a);
      if (head.isEmpty() || isQuoted(head.get().token())) {
        return OptionalInt.empty();
      }
      String relation = head.get().relation();
      if (relation.equals("ccomp")) {
        reported = true;
      } else if (!(relation.equals("conj") || relation.equals("xcomp")
          || participleGoesOn && a == token && tag(a).equals("VBG")
              && (relation.equals("advcl") || relation.equals("dep")))) {
        return OptionalInt.empty();
      }
      int h = head.get().token();
      if (reported && isCue.test(h)) {
        return OptionalInt.of(h);
      }
      a = h;
    }
    return OptionalInt.empty();
  }

  /**
   * The lowest and highest token positions of the subtree under the token, or empty when the
   * subtree holds more than {@code maxTokens} tokens. The cap keeps the stages linear: in a run-on
   * sentence ("they said that he said that ...") every clause's subtree holds the rest of the
   * sentence, and walking each in full would take time quadratic in its length.
   */
  public Optional<int[]> subtreeRange(int t, int maxTokens) {
    IndexedWord node = node(t);
    if (node == null) {
      return Optional.of(new int[] {t, t});
    }
    int s = sentenceOf(t);
    SemanticGraph g = graph(s);
    int lo = t;
    int hi = t;
    // An explicit stack rather than SemanticGraph.descendants, which recurses once per level of the
    // tree, as deep as a run-on sentence is long.
    Set<IndexedWord> seen = new HashSet<>();
    Deque<IndexedWord> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      IndexedWord w = todo.pop();
      if (!seen.add(w)) {
        continue;
      }
      if (seen.size() > maxTokens) {
        return Optional.empty();
      }
      int p = position(s, w);
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        todo.push(e.getDependent());
      }
    }
    return Optional.of(new int[] {lo, hi});
  }

  /** A dependency: the relation's name and the token at its other end. */
  public record Dependent(String relation, int token) {}
}
