package io.github.debatestance.nlp.internal;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.TextSpan;

/**
 * A relation stated in one chunk of a document, before its actors get their ids in the map.
 * Offsets index the whole document. Immutable and thread-safe.
 *
 * @param sourceKey the canonical key ({@link ActorRegistry.Entry#key()}) of the cue's subject
 * @param targetKey the target's key, or null when the cue names no target and answers the last
 *     other actor cited before it ("X responded:")
 * @param type the relation the cue states
 * @param evidence where the cue's sentence (or, in a very long sentence, its clause) stands
 * @param cue the offset of the cue word
 * @param claimWindow where the source's claims count as the ones the relation rests on: the cue's
 *     sentence and the next
 * @param confidence how sure the pattern is, in [0, 1]
 */
public record RelationDraft(
    String sourceKey,
    String targetKey,
    RelationType type,
    TextSpan evidence,
    int cue,
    TextSpan claimWindow,
    double confidence) {

  public RelationDraft {
    requireNonNull(sourceKey, "sourceKey");
    requireNonNull(type, "type");
    requireNonNull(evidence, "evidence");
    requireNonNull(claimWindow, "claimWindow");
  }

  /** Whether the cue names no target and answers the last other actor cited before it. */
  public boolean answersPrevious() {
    return targetKey == null;
  }

  /** The same draft with its offsets moved by {@code shift}. */
  RelationDraft shifted(int shift) {
    return new RelationDraft(
        sourceKey,
        targetKey,
        type,
        new TextSpan(evidence.begin() + shift, evidence.end() + shift),
        cue + shift,
        new TextSpan(claimWindow.begin() + shift, claimWindow.end() + shift),
        confidence);
  }
}
