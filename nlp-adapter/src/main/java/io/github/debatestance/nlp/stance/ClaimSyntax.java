package io.github.debatestance.nlp.stance;

import static com.google.common.base.Preconditions.checkArgument;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.github.debatestance.nlp.stance.StanceTokens.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency tree of a claim, laid over the claim's {@link StanceTokens}: for each token, the
 * token it depends on and the relation's name (Universal Dependencies, as CoreNLP's parser gives
 * them). The parser's tokens and ours differ in places ("don't" is two words to the parser and one
 * to us; a word the parser keeps whole may hold a hyphen that splits it for us), so each of our
 * tokens takes the head of the parser's word it lies in, the parts of a word split by us hang from
 * its last part, and a word of the parser's that is none of ours (a quotation mark, a possessive
 * 's) passes its head on.
 *
 * <p>A claim without a parse has {@linkplain #none(int) no syntax}: every token is a root with no
 * relation, and the features read from the tree are absent.
 *
 * <p>Immutable after construction; the arrays are never exposed. Thread-safe.
 */
final class ClaimSyntax {

  private static final int ROOT = -1;

  private final int[] head;
  private final String[] relation;
  private final String[] tag;
  private final boolean parsed;

  private ClaimSyntax(int[] head, String[] relation, String[] tag, boolean parsed) {
    this.head = head;
    this.relation = relation;
    this.tag = tag;
    this.parsed = parsed;
  }

  /** No parse of a claim of {@code size} tokens. */
  static ClaimSyntax none(int size) {
    String[] relation = new String[size];
    Arrays.fill(relation, "");
    int[] head = new int[size];
    Arrays.fill(head, ROOT);
    return new ClaimSyntax(head, relation, relation.clone(), false);
  }

  /**
   * Lays the basic dependency trees of the parsed claim over its tokens; {@code document} must be
   * the parse of the same text the tokens were read from.
   */
  static ClaimSyntax of(List<Token> tokens, CoreDocument document) {
    List<CoreLabel> words = document.tokens();
    int m = words.size();
    int[] wordHead = new int[m];
    String[] wordRelation = new String[m];
    Arrays.fill(wordHead, ROOT);
    Arrays.fill(wordRelation, "root");
    int first = 0;
    for (CoreSentence sentence : document.sentences()) {
      // The basic tree, which the annotator makes: one head for every word.
      SemanticGraph graph =
          sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      int size = sentence.tokens().size();
      if (graph != null) {
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          IndexedWord dependent = e.getDependent();
          int d = first + dependent.index() - 1;
          if (d >= first && d < first + size) {
            wordHead[d] = first + e.getGovernor().index() - 1;
            wordRelation[d] = e.getRelation().toString();
          }
        }
      }
      first += size;
    }
    int n = tokens.size();
    // Each of our tokens lies in one or more of the parser's words: its own word is the one whose
    // head lies outside them ("do" of "don't"); each word's token is the last of ours inside it.
    int[] wordOf = new int[n];
    int[] tokenOf = new int[m];
    Arrays.fill(tokenOf, ROOT);
    int w = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      while (w < m && words.get(w).endPosition() <= t.begin()) {
        w++;
      }
      int lo = w;
      int hi = w;
      while (hi < m && words.get(hi).beginPosition() < t.end()) {
        hi++;
      }
      if (lo >= hi) {
        wordOf[i] = ROOT;
        continue;
      }
      int own = lo;
      for (int k = lo; k < hi; k++) {
        if (wordHead[k] < lo || wordHead[k] >= hi) {
          own = k;
          break;
        }
      }
      wordOf[i] = own;
      for (int k = lo; k < hi; k++) {
        tokenOf[k] = i;
      }
    }
    int[] head = new int[n];
    String[] relation = new String[n];
    String[] tag = new String[n];
    for (int i = 0; i < n; i++) {
      int own = wordOf[i];
      if (own == ROOT) {
        head[i] = ROOT;
        relation[i] = "";
        tag[i] = "";
        continue;
      }
      String t = words.get(own).tag();
      tag[i] = t == null ? "" : t;
      if (i + 1 < n && wordOf[i + 1] != ROOT && tokenOf[wordOf[i + 1]] == tokenOf[own]
          && tokenOf[own] != i) {
        // A part of a hyphenated word: it modifies the word's last part.
        head[i] = tokenOf[own];
        relation[i] = "compound";
        continue;
      }
      // Words that are none of our tokens (quotation marks, a possessive 's) pass their head on.
      int h = wordHead[own];
      int steps = 0;
      while (h != ROOT && (tokenOf[h] == ROOT || tokenOf[h] == i) && steps++ < m) {
        h = wordHead[h];
      }
      head[i] = h == ROOT ? ROOT : tokenOf[h];
      relation[i] = wordRelation[own];
    }
    return new ClaimSyntax(head, relation, tag, true);
  }

  /** Whether the claim was parsed. */
  boolean parsed() {
    return parsed;
  }

  int size() {
    return head.length;
  }

  /** The token the token depends on, or -1 for a root. */
  int head(int token) {
    checkArgument(token >= 0 && token < head.length, "no token %s of %s", token, head.length);
    return head[token];
  }

  /** The name of the token's relation to its head, with its subtype ("nmod:poss"); "" if none. */
  String relation(int token) {
    checkArgument(token >= 0 && token < head.length, "no token %s of %s", token, head.length);
    return relation[token];
  }

  /** The part-of-speech tag of the parser's word the token lies in (Penn Treebank); "" if none. */
  String tag(int token) {
    checkArgument(token >= 0 && token < head.length, "no token %s of %s", token, head.length);
    return tag[token];
  }

  /** Whether the token's relation to its head is the relation or one of its subtypes. */
  boolean is(int token, String base) {
    String r = relation(token);
    return r.equals(base) || r.startsWith(base + ":");
  }
}
