package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A relation from one actor to another in a document, with the evidence for it.
 *
 * <p>A <em>stated</em> relation comes from a cue in the text ("LeCun supported Musk's stance"); its
 * {@code span} is where the cue's sentence stands and {@code evidence} is the text at that span. An
 * <em>inferred</em> relation comes from two actors' claims taking the same or opposite sides on the
 * same point; it has no span, and its evidence names what the claims share.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceActorId the {@link Actor#id()} of the actor who supports, opposes or responds
 * @param targetActorId the {@link Actor#id()} of the actor supported, opposed or answered
 * @param type the kind of relation
 * @param inferred whether the relation is inferred from stances rather than stated in the text
 * @param evidence the words that show the relation, never blank
 * @param span where a stated relation's evidence stands in the document; {@code null} if inferred
 * @param claimIds the claims the relation rests on, possibly empty
 * @param confidence a probability in [0, 1]
 */
public record Relation(
    String sourceActorId,
    String targetActorId,
    RelationType type,
    boolean inferred,
    String evidence,
    TextSpan span,
    List<String> claimIds,
    double confidence) {

  public Relation {
    requireNonNull(sourceActorId, "sourceActorId");
    requireNonNull(targetActorId, "targetActorId");
    checkArgument(
        !sourceActorId.equals(targetActorId),
        "an actor cannot relate to itself: actor=%s",
        sourceActorId);
    requireNonNull(type, "type");
    requireNonNull(evidence, "evidence");
    checkArgument(!evidence.isBlank(), "evidence must not be blank: %s -> %s", sourceActorId,
        targetActorId);
    checkArgument(
        inferred == (span == null),
        "a stated relation has a span and an inferred one has none: inferred=%s, span=%s",
        inferred,
        span);
    checkArgument(
        span == null || evidence.length() == span.length(),
        "evidence length must equal span length: evidence length=%s, span=%s",
        evidence.length(),
        span);
    claimIds = List.copyOf(requireNonNull(claimIds, "claimIds"));
    checkArgument(
        confidence >= 0.0 && confidence <= 1.0,
        "confidence must lie in [0, 1]: confidence=%s",
        confidence);
  }

  /** Where the evidence stands, for a stated relation. */
  public Optional<TextSpan> evidenceSpan() {
    return Optional.ofNullable(span);
  }
}
