package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.ClaimKind;

/**
 * One place where a prediction differs from the gold annotation, kept for debugging an analyzer: a
 * missed or spurious claim, a wrong speaker or stance, a missed actor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what went wrong
 * @param claimKind the kind of the claim concerned, or {@code null} for an actor
 * @param text the gold claim's text, the predicted text for a spurious claim, or the actor's name
 * @param expected the gold speaker or stance, or {@code null} where gold has none or it does not
 *     apply
 * @param predicted the predicted speaker or stance, or {@code null} where the prediction has none
 *     or it does not apply
 */
public record Mismatch(
    Mismatch.Type type, ClaimKind claimKind, String text, String expected, String predicted) {

  /** What went wrong. */
  public enum Type {
    /** A gold claim that no predicted claim matches; {@code expected} is its gold speaker. */
    MISSED_CLAIM,
    /** A predicted claim that matches no gold claim; {@code predicted} is its speaker. */
    SPURIOUS_CLAIM,
    /** A matched claim attributed to another speaker, or to none. */
    WRONG_SPEAKER,
    /** A matched claim with another stance label. */
    WRONG_STANCE,
    /** A gold actor that matches no predicted actor. */
    MISSED_ACTOR,
    /** A found actor with another overall stance label. */
    WRONG_ACTOR_STANCE
  }

  public Mismatch {
    requireNonNull(type, "type");
    requireNonNull(text, "text");
  }

  /**
   * One line for humans: {@code WRONG_SPEAKER DIRECT "text" expected=A predicted=B}; a missing
   * prediction shows as {@code (none)}.
   */
  public String describe() {
    StringBuilder s = new StringBuilder(type.name());
    if (claimKind != null) {
      s.append(' ').append(claimKind);
    }
    s.append(" \"").append(text).append('"');
    if (expected != null) {
      s.append(" expected=").append(expected);
    }
    // A wrong answer must show what was predicted, even if that is nothing.
    boolean wrongAnswer =
        type == Type.WRONG_SPEAKER || type == Type.WRONG_STANCE || type == Type.WRONG_ACTOR_STANCE;
    if (predicted != null || wrongAnswer) {
      s.append(" predicted=").append(predicted == null ? "(none)" : predicted);
    }
    return s.toString();
  }
}
