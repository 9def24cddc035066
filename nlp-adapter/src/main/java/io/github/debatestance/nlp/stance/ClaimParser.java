package io.github.debatestance.nlp.stance;

import com.google.common.base.Suppliers;
import io.github.debatestance.nlp.internal.DocumentAnnotator;
import io.github.debatestance.nlp.stance.StanceTokens.Token;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gives a claim its {@link ClaimSyntax}. The model parses each claim's text itself, the training
 * statements and the claims of an article alike, so that both are read the same way whoever calls
 * {@link StanceModel#classify(String)}.
 *
 * <p>Implementations are thread-safe.
 */
interface ClaimParser {

  /** The syntax of the text, whose tokens are given. */
  ClaimSyntax parse(String text, List<Token> tokens);

  /** No parse: the features read from the tree are absent. For tests of the word-level reading. */
  static ClaimParser none() {
    return (text, tokens) -> ClaimSyntax.none(tokens.size());
  }

  /**
   * CoreNLP's tagger and our arc-standard parser, as the analyzer uses them: the shared {@link
   * DocumentAnnotator}, loaded on the first claim parsed, once per JVM.
   */
  static ClaimParser coreNlp() {
    Supplier<DocumentAnnotator> annotator = Suppliers.memoize(DocumentAnnotator::shared);
    return (text, tokens) ->
        tokens.isEmpty()
            ? ClaimSyntax.none(0)
            : ClaimSyntax.of(tokens, annotator.get().parse(text));
  }
}
