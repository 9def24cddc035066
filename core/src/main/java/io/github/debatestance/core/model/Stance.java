package io.github.debatestance.core.model;

/**
 * The three positions of the default debate: open-source versus closed, safety-first AI.
 *
 * <p>They are also the axis of any other debate: a debate definition maps its side A onto {@code
 * PRO_OPEN_SOURCE}, its side B onto {@code PRO_SAFETY_CLOSED} and its middle onto {@code NEUTRAL},
 * and names them for display.
 *
 * <p>Immutable and thread-safe.
 */
public enum Stance {
  /** Argues for openness: releasing models and weights, criticising closed or concentrated control. */
  PRO_OPEN_SOURCE,
  /** Argues for caution and control: risks of open release, staged or closed development. */
  PRO_SAFETY_CLOSED,
  /** Balances both sides, states a fact, or takes no side. */
  NEUTRAL;

  /** Whether this stance takes one side of the debate. */
  public boolean isPartisan() {
    return this != NEUTRAL;
  }

  /** The other side of the debate; {@code NEUTRAL} is its own opposite. */
  public Stance opposite() {
    return switch (this) {
      case PRO_OPEN_SOURCE -> PRO_SAFETY_CLOSED;
      case PRO_SAFETY_CLOSED -> PRO_OPEN_SOURCE;
      case NEUTRAL -> NEUTRAL;
    };
  }
}
