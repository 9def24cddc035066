package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.Stance;

/**
 * One claim as a human annotator found it: what a system should extract, attribute and label.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the claim's words, verbatim from the article; may be empty in converted corpora
 * @param kind direct quotation or reported speech
 * @param speaker the {@link GoldActor#name()} of the speaker, or {@code null} where the article
 *     does not say who; such a claim is not scored for attribution
 * @param stance the stance the claim expresses, or {@code null} where the corpus has no stance
 *     annotation; such a claim is not scored for stance
 */
public record GoldClaim(String text, ClaimKind kind, String speaker, Stance stance) {

  public GoldClaim {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
  }
}
