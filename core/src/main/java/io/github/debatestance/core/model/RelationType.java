package io.github.debatestance.core.model;

/**
 * How one actor stands towards another. Immutable and thread-safe.
 */
public enum RelationType {
  /** The source backs the target or the target's position ("echoed", "agreed with"). */
  SUPPORTS,
  /** The source attacks the target or the target's position ("criticized", "rejected"). */
  OPPOSES,
  /** The source answers the target, with no side taken by the cue itself ("responded"). */
  RESPONDS_TO;

  /** Whether the relation says the two actors agree ({@code SUPPORTS}) or not. */
  public boolean isAgreement() {
    return this == SUPPORTS;
  }
}
