package io.github.debatestance.nlp.internal;

/**
 * A stretch of tokens that names or points to a speaker.
 *
 * @param kind a name, a pronoun, a role noun phrase ("the company"), or people the text names only
 *     together ("critics", "Quill and Marek"), a record cited without its author ("new poll"), or
 *     one person the text describes by whom they stand to but never names ("a longtime aide to
 *     Quill")
 * @param first the first token
 * @param last the last token, inclusive
 * @param head the token that carries the mention in the dependency parse
 * @param text the mention's words as they stand in the text
 */
public record Mention(Kind kind, int first, int last, int head, String text) {

  /** What kind of words the mention is. */
  public enum Kind {
    NAME,
    PRONOUN,
    ROLE,
    GROUP,
    RECORD,
    DESCRIPTION
  }
}
