package io.github.debatestance.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A claim together with the document it comes from, for views that span a corpus.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the id of the document the claim was found in
 * @param claim the claim; its speaker's actor id is local to that document
 */
public record SourcedClaim(String documentId, Claim claim) {

  public SourcedClaim {
    requireNonNull(documentId, "documentId");
    requireNonNull(claim, "claim");
  }
}
