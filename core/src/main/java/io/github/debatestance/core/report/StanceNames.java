package io.github.debatestance.core.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Stance;

/**
 * What a report calls the three positions of the stance axis. The axis is data: the open-source
 * AI debate is the default, and another debate passes its own names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param proOpenSource the name of side A, shown at the left end of the axis ("open source")
 * @param neutral the name of the middle ("neutral")
 * @param proSafetyClosed the name of side B, shown at the right end ("safety / closed")
 */
public record StanceNames(String proOpenSource, String neutral, String proSafetyClosed) {

  public StanceNames {
    requireNonNull(proOpenSource, "proOpenSource");
    requireNonNull(neutral, "neutral");
    requireNonNull(proSafetyClosed, "proSafetyClosed");
    checkArgument(
        !proOpenSource.isBlank() && !neutral.isBlank() && !proSafetyClosed.isBlank(),
        "stance names must not be blank: proOpenSource='%s', neutral='%s', proSafetyClosed='%s'",
        proOpenSource,
        neutral,
        proSafetyClosed);
  }

  /** The names of the built-in debate on open-source versus closed, safety-first AI. */
  public static StanceNames openSourceAi() {
    return new StanceNames("open source", "neutral", "safety / closed");
  }

  /** The display name of a position. */
  public String of(Stance stance) {
    return switch (requireNonNull(stance, "stance")) {
      case PRO_OPEN_SOURCE -> proOpenSource;
      case NEUTRAL -> neutral;
      case PRO_SAFETY_CLOSED -> proSafetyClosed;
    };
  }
}
