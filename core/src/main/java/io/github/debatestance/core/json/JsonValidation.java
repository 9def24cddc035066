package io.github.debatestance.core.json;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * Turns what is wrong with a JSON document into one kind of error that says where: a null where a
 * value is required, or a record that breaks a rule of the model type it becomes. Every message
 * starts with {@code invalid <kind> JSON}, and an error that already says so passes through
 * unchanged, so a nested record is reported once, at its own place.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonValidation {

  private final String prefix;

  /** @param kind what the document holds, such as {@code debate map} */
  JsonValidation(String kind) {
    this.prefix = "invalid " + requireNonNull(kind, "kind") + " JSON";
  }

  /**
   * The value, if it is there.
   *
   * @throws IllegalArgumentException if it is null, naming {@code where}
   */
  <T> T required(T value, String where) {
    if (value == null) {
      throw new IllegalArgumentException(prefix + ": " + where + " must not be null");
    }
    return value;
  }

  /**
   * Builds a model object, turning the model's own validation failures into an error that says
   * which record of the JSON broke which rule.
   *
   * @throws IllegalArgumentException if the constructor refuses the record
   */
  <T> T built(String where, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      if (e instanceof IllegalArgumentException
          && e.getMessage() != null
          && e.getMessage().startsWith(prefix)) {
        throw e;
      }
      // Model constructors name the missing field in a NullPointerException's message.
      String reason =
          e instanceof NullPointerException
              ? "missing " + (e.getMessage() == null ? "a required field" : e.getMessage())
              : e.getMessage();
      throw new IllegalArgumentException(prefix + " at " + where + ": " + reason, e);
    }
  }
}
