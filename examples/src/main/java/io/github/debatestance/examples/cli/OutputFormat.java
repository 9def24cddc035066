package io.github.debatestance.examples.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How {@code analyze} and {@code corpus} print their results. Immutable and thread-safe.
 */
enum OutputFormat {
  /** The person-readable report: {@code TextReport} per document, {@code CorpusTextReport}. */
  TEXT,
  /**
   * JSON: for {@code analyze}, one object per document on its own line; for {@code corpus}, the
   * corpus map as one pretty-printed object.
   */
  JSON,
  /** One debate map per document, each on its own line (JSON Lines); as JSON for analyze. */
  JSONL;

  /** The name the user types, such as {@code text}. */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts the formats' names in any case. Stateless and thread-safe. */
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
