package io.github.debatestance.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared annotated corpus beside the project. Tests that need it are skipped, with a
 * message that says where it was looked for, when it is absent.
 */
public final class SharedCorpus {

  private SharedCorpus() {}

  /** The corpus folder {@code name} (such as "dev"), or a skipped test. */
  public static Path folder(String name) {
    for (String base : new String[] {"../shared/corpus", "../../shared/corpus"}) {
      Path p = Path.of(base, name);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    assumeTrue(
        false,
        "shared corpus not found at ../shared/corpus/" + name + " or ../../shared/corpus/" + name
            + " (from " + Path.of("").toAbsolutePath() + "); skipping");
    throw new AssertionError("unreachable");
  }
}
