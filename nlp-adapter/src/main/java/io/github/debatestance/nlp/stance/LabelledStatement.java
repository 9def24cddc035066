package io.github.debatestance.nlp.stance;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Stance;

/**
 * A statement with the stance a careful reader gives it: one line of a training set.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the statement's words
 * @param label its position on the debate's axis
 */
public record LabelledStatement(String text, Stance label) {

  public LabelledStatement {
    requireNonNull(text, "text");
    requireNonNull(label, "label");
  }
}
