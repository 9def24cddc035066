package io.github.debatestance.core.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.DebateMap;
import java.util.Optional;

/**
 * The outcome of one document in a batch: its map, or the failure of that document alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the id of the document
 * @param map the debate map, or null when the analysis failed
 * @param failure why the analysis failed, or null when it succeeded
 */
public record DocumentResult(String documentId, DebateMap map, RuntimeException failure) {

  public DocumentResult {
    requireNonNull(documentId, "documentId");
    checkArgument(
        (map == null) != (failure == null),
        "exactly one of map and failure must be set: documentId=%s",
        documentId);
  }

  public static DocumentResult success(DebateMap map) {
    return new DocumentResult(map.documentId(), map, null);
  }

  public static DocumentResult failure(String documentId, RuntimeException failure) {
    return new DocumentResult(documentId, null, failure);
  }

  public boolean succeeded() {
    return map != null;
  }

  /** The map, if the analysis succeeded. */
  public Optional<DebateMap> result() {
    return Optional.ofNullable(map);
  }
}
