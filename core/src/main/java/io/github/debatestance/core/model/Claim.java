package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing an actor is reported to have said or written.
 *
 * <p>For a {@link ClaimKind#DIRECT} claim the text is what stands between the quotation marks; for
 * an {@link ClaimKind#INDIRECT} claim it is the reported content without the speech verb. In both
 * cases {@code text} equals the document's characters at {@code span}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a document-local identifier, stable for the same input
 * @param kind direct quotation or reported speech
 * @param text the claim's words, verbatim
 * @param span where the text stands in the document
 * @param speaker who said it, or {@code null} when the text gives no evidence of the speaker
 * @param cue the word that introduces the claim ("said", "argued"), or {@code null}
 * @param stance the stance the claim expresses
 */
public record Claim(
    String id,
    ClaimKind kind,
    String text,
    TextSpan span,
    Attribution speaker,
    String cue,
    StanceAssessment stance) {

  public Claim {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    checkArgument(
        text.length() == span.length(),
        "text length must equal span length: text length=%s, span=%s",
        text.length(),
        span);
    requireNonNull(stance, "stance");
  }

  /** The speaker, if the text says who spoke. */
  public Optional<Attribution> attribution() {
    return Optional.ofNullable(speaker);
  }

  /** The cue word, if there is one. */
  public Optional<String> cueWord() {
    return Optional.ofNullable(cue);
  }

  /** A copy of this claim with another stance. */
  public Claim withStance(StanceAssessment newStance) {
    return new Claim(id, kind, text, span, speaker, cue, newStance);
  }
}
