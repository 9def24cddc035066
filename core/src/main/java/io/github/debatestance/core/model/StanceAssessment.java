package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A stance label with the confidence behind it and the words that drove it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the stance
 * @param confidence a probability in [0, 1]
 * @param evidence the phrases of the text that support the label, possibly empty
 */
public record StanceAssessment(Stance label, double confidence, List<String> evidence) {

  public StanceAssessment {
    requireNonNull(label, "label");
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must lie in [0, 1]: confidence=%s",
        confidence);
    evidence = List.copyOf(requireNonNull(evidence, "evidence"));
  }

  /** A neutral assessment with the given confidence and no evidence. */
  public static StanceAssessment neutral(double confidence) {
    return new StanceAssessment(Stance.NEUTRAL, confidence, List.of());
  }
}
