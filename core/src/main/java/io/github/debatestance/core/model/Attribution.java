package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Who a claim is attributed to, and how sure the attribution is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actorId the {@link Actor#id()} of the speaker in the same {@link DebateMap}
 * @param name the speaker's canonical name, for convenience
 * @param confidence a probability in [0, 1]
 */
public record Attribution(String actorId, String name, double confidence) {

  public Attribution {
    requireNonNull(actorId, "actorId");
    requireNonNull(name, "name");
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must lie in [0, 1]: confidence=%s",
        confidence);
  }
}
