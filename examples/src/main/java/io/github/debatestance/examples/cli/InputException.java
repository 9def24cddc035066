package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input file that cannot be used, with a short reason that the CLI shows to the user as {@code
 * error: <path>: <reason>}.
 *
 * <p>Immutable and thread-safe.
 */
final class InputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String reason;

  InputException(Path path, String reason) {
    super(path + ": " + reason);
    this.path = requireNonNull(path, "path");
    this.reason = requireNonNull(reason, "reason");
  }

  /** The file or directory the user named. */
  Path path() {
    return path;
  }

  /** Why it cannot be used, such as "no such file". */
  String reason() {
    return reason;
  }
}
