package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A relation between two corpus actors, summed over the documents that state or imply it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceActorId the {@link CorpusActor#id()} of the actor who supports, opposes or responds
 * @param targetActorId the {@link CorpusActor#id()} of the other actor
 * @param type the kind of relation
 * @param statedCount how many times documents state the relation with a cue
 * @param inferredCount how many times it is inferred from the two actors' stances
 * @param evidence a bounded selection of the evidence, stated evidence first
 * @param documentIds the documents the relation comes from, in reading order
 */
public record CorpusRelation(
    String sourceActorId,
    String targetActorId,
    RelationType type,
    int statedCount,
    int inferredCount,
    List<String> evidence,
    List<String> documentIds) {

  public CorpusRelation {
    requireNonNull(sourceActorId, "sourceActorId");
    requireNonNull(targetActorId, "targetActorId");
    requireNonNull(type, "type");
    checkArgument(statedCount >= 0, "statedCount must not be negative: %s", statedCount);
    checkArgument(inferredCount >= 0, "inferredCount must not be negative: %s", inferredCount);
    checkArgument(
        statedCount + inferredCount > 0,
        "a relation needs at least one occurrence: %s -> %s",
        sourceActorId,
        targetActorId);
    evidence = List.copyOf(requireNonNull(evidence, "evidence"));
    documentIds = List.copyOf(requireNonNull(documentIds, "documentIds"));
  }

  /** Whether no document states the relation, so that it rests on inference alone. */
  public boolean isInferredOnly() {
    return statedCount == 0;
  }
}
