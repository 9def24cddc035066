package io.github.debatestance.core.model;

/** What kind of actor speaks. Immutable and thread-safe. */
public enum ActorType {
  /** One person, named ("Ada Quill") or known by a role the text ties to a name. */
  PERSON,
  /** A company, agency, party, outlet or other body that speaks as one. */
  ORGANIZATION,
  /**
   * People the text names only together: an unnamed plural ("critics", "some engineers", "two
   * aides") or named actors who speak jointly ("Quill and Marek"). A group belongs to its
   * document: the critics of one article are not those of another, so a corpus never merges it
   * with another actor.
   */
  GROUP,
  /**
   * A written or published source that the text cites without its author: a poll, a report, a
   * study, a letter or a court filing ("a new poll", "the inspector general's report"). Like a
   * group, a record belongs to its document.
   */
  RECORD;

  /**
   * Whether an actor of this type belongs to its document, so that a corpus never merges it with
   * another actor: a {@link #GROUP} or a {@link #RECORD}.
   */
  public boolean isLocal() {
    return this == GROUP || this == RECORD;
  }
}
