package io.github.debatestance.core.model;

/** How a claim is reported. Immutable and thread-safe. */
public enum ClaimKind {
  /** Words inside quotation marks. */
  DIRECT,
  /** Reported speech without quotation marks, introduced by a speech or stance verb. */
  INDIRECT
}
