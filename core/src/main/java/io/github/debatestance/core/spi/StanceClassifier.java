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

  /**
   * The stance of the claim's words, read with a prior on which side it argues if it argues one:
   * what the speaker's other claims in the same document say of the side they take (see {@link
   * io.github.debatestance.core.aggregation.SpeakerLean}). A classifier that reads probabilities
   * should weigh the two sides' probabilities by the prior and leave {@code NEUTRAL}'s alone, since
   * a speaker who argues a side elsewhere may still report a plain fact; its confidence is then the
   * probability after the prior. This default reads the words alone.
   *
   * @param claimText the claim's text, never null; may be empty
   * @param openLean the prior probability, in (0, 1), that the claim argues {@code
   *     PRO_OPEN_SOURCE} rather than {@code PRO_SAFETY_CLOSED}; 0.5 says nothing
   */
  default StanceAssessment classify(String claimText, double openLean) {
    return classify(claimText);
  }
}
