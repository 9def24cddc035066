package io.github.debatestance.core.api;

import static java.util.Objects.requireNonNull;

/**
 * A text to analyse, with an identifier that the result carries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a name for the document, such as its file name
 * @param text the document's text; offsets in the result index into it
 */
public record Document(String id, String text) {

  public Document {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
  }
}
