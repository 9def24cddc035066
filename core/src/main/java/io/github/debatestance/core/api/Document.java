package io.github.debatestance.core.api;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A text to analyse, with an identifier that the result carries and, where known, the date it was
 * published, which corpus views use to follow actors over time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a name for the document, such as its file name
 * @param text the document's text; offsets in the result index into it
 * @param date the publication date, or {@code null} when it is not known
 */
public record Document(String id, String text, LocalDate date) {

  public Document {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
  }

  /** A document with no known publication date. */
  public Document(String id, String text) {
    this(id, text, null);
  }

  /** The publication date, if it is known. */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(date);
  }
}
