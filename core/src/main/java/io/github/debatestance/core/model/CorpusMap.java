package io.github.debatestance.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The debate over a whole corpus: its actors merged across documents, the relations between them,
 * and the camps they form.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentCount how many documents were read
 * @param claimCount how many claims they hold, attributed or not
 * @param actors the merged actors, most claims first
 * @param relations the merged relations, stated ones first
 * @param camps the actors grouped by corpus-level stance, partisan camps first; their actor ids
 *     are {@link CorpusActor#id()}s
 */
public record CorpusMap(
    int documentCount,
    int claimCount,
    List<CorpusActor> actors,
    List<CorpusRelation> relations,
    List<Camp> camps) {

  public CorpusMap {
    checkArgument(documentCount >= 0, "documentCount must not be negative: %s", documentCount);
    checkArgument(claimCount >= 0, "claimCount must not be negative: %s", claimCount);
    actors = List.copyOf(requireNonNull(actors, "actors"));
    relations = List.copyOf(requireNonNull(relations, "relations"));
    camps = List.copyOf(requireNonNull(camps, "camps"));
  }

  /** The actor with this corpus id, if there is one. */
  public Optional<CorpusActor> actor(String actorId) {
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
  }
}
