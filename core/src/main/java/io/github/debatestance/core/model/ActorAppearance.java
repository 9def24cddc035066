package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One document in which a corpus actor speaks, with the stance they took there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document's id
 * @param date the document's publication date, or {@code null} when it has none
 * @param localActorId the actor's {@link Actor#id()} in that document's {@link DebateMap}
 * @param stance the actor's overall stance in that document
 * @param claimCount how many claims the document attributes to the actor
 */
public record ActorAppearance(
    String documentId, LocalDate date, String localActorId, StanceAssessment stance, int claimCount) {

  public ActorAppearance {
    requireNonNull(documentId, "documentId");
    requireNonNull(localActorId, "localActorId");
    requireNonNull(stance, "stance");
    checkArgument(claimCount >= 0, "claimCount must not be negative: claimCount=%s", claimCount);
  }

  /** The publication date, if the document has one. */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(date);
  }
}
