package io.github.debatestance.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code analyze} prints a debate map on standard output. Immutable and thread-safe. */
enum OutputFormat {
  /** The person-readable report of {@code TextReport}. */
  TEXT,
  /** One JSON object per document, each on its own line (JSON Lines). */
  JSON;

  /** The name the user types, such as {@code text}. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts {@code text} and {@code json} in any case. Stateless and thread-safe. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.optionValue().equalsIgnoreCase(value)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "expected one of " + new Candidates().asList() + " but was '" + value + "'");
    }
  }

  /** The values shown in the help and offered by shell completion. Stateless and thread-safe. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return asList().iterator();
    }

    List<String> asList() {
      return Arrays.stream(values()).map(OutputFormat::optionValue).toList();
    }
  }
}
