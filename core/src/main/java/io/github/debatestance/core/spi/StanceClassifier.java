package io.github.debatestance.core.spi;

import io.github.debatestance.core.model.StanceAssessment;

/**
 * Labels the stance that one claim expresses on the debate's axis.
 *
 * <p>Implementations must be thread-safe.
 */
public interface StanceClassifier {

  /**
   * The stance of the claim's words.
   *
   * @param claimText the claim's text, never null; may be empty
   */
  StanceAssessment classify(String claimText);
}
