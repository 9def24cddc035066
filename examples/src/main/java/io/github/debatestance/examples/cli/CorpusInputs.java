package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debatestance.core.api.Document;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The documents of the {@code corpus} command's inputs, read one at a time as the analysis asks for
 * them, so that a corpus of any size is never held in memory. An input is a directory (its {@code
 * .txt}, {@code .html} and {@code .htm} files), one such file, or a JSON Lines file ({@code
 * .jsonl} or {@code .ndjson}) with one object per line: {@code {"id": "...", "text": "...",
 * "date": "YYYY-MM-DD"}}, the date optional, other keys ignored, blank lines skipped.
 *
 * <p>Every file or line that cannot become a document is reported to the {@link Failures} with
 * where it is ({@code path} or {@code path:line}) and why, and the reading goes on; none is dropped
 * silently. A document id that an earlier document already had is such a failure.
 *
 * <p>Not thread-safe: one consumer reads it, as {@code DebateAnalyzer.analyzeAll} does.
 */
final class CorpusInputs implements Iterator<Document>, Closeable {

  /** Receives each input that cannot be read as a document. */
  @FunctionalInterface
  interface Failures {
    void report(String where, String reason);
  }

  static final List<String> DOCUMENT_FILES = List.of(".txt", ".html", ".htm");
  private static final List<String> JSON_LINES = List.of(".jsonl", ".ndjson");
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Source(Path path, boolean jsonLines) {}

  private final Failures failures;
  private final ArrayDeque<Source> sources = new ArrayDeque<>();
  private final Set<String> seenIds = new HashSet<>();
  private final Map<String, String> whereOf = new HashMap<>();
  private Document next;
  private BufferedReader lines;
  private Path linesPath;
  private int lineNumber;

  /**
   * Lists the inputs' files at once, reporting missing paths and empty directories, and reads
   * nothing else until asked.
   */
  CorpusInputs(List<Path> inputs, Failures failures) {
    this.failures = requireNonNull(failures, "failures");
    for (Path input : inputs) {
      if (isJsonLines(input) && !Files.isDirectory(input)) {
        if (!Files.exists(input)) {
          failures.report(input.toString(), "no such file");
        } else {
          sources.add(new Source(input, true));
        }
        continue;
      }
      try {
        for (Path file : InputFiles.expand(input, DOCUMENT_FILES)) {
          sources.add(new Source(file, false));
        }
      } catch (InputException e) {
        failures.report(input.toString(), e.reason());
      } catch (IOException e) {
        failures.report(input.toString(), "cannot list: " + DebateStanceCli.describe(e));
      }
    }
  }

  /** Whether any input was found to read. */
  boolean hasSources() {
    return !sources.isEmpty() || lines != null || next != null;
  }

  /**
   * How many documents the inputs hold at most: one per file and one per non-blank line of each
   * JSON Lines file, which this counts by reading them once. For a progress bar.
   */
  long countDocuments() {
    long count = 0;
    for (Source s : sources) {
      if (!s.jsonLines()) {
        count++;
        continue;
      }
      try (BufferedReader reader = Files.newBufferedReader(s.path(), StandardCharsets.UTF_8)) {
        count += reader.lines().filter(l -> !l.isBlank()).count();
      } catch (IOException | UncheckedIOException e) {
        // The reading proper reports the problem; the bar only loses some precision.
      }
    }
    return count;
  }

  /** Where a document handed out came from, for messages about it; forgotten once asked. */
  String release(String documentId) {
    String where = whereOf.remove(documentId);
    return where == null ? documentId : where;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (lines != null) {
        next = nextLine();
      } else if (sources.isEmpty()) {
        return false;
      } else {
        Source s = sources.poll();
        if (s.jsonLines()) {
          open(s.path());
        } else {
          next = readFile(s.path());
        }
      }
    }
    return true;
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Document d = next;
    next = null;
    return d;
  }

  @Override
  public void close() throws IOException {
    if (lines != null) {
      lines.close();
      lines = null;
    }
  }

  private Document readFile(Path file) {
    String text;
    try {
      text = InputFiles.read(file);
      if (isHtml(file)) {
        text = HtmlText.toText(text);
      }
    } catch (InputException e) {
      failures.report(file.toString(), e.reason());
      return null;
    } catch (IOException e) {
      failures.report(file.toString(), "cannot read: " + DebateStanceCli.describe(e));
      return null;
    }
    return accepted(new Document(InputFiles.documentId(file), text), file.toString());
  }

  private void open(Path file) {
    try {
      // A strict decoder: a bad byte is reported, not turned into U+FFFD.
      lines =
          new BufferedReader(
              new InputStreamReader(
                  Files.newInputStream(file),
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      linesPath = file;
      lineNumber = 0;
    } catch (IOException e) {
      failures.report(file.toString(), "cannot read: " + DebateStanceCli.describe(e));
    }
  }

  /** The document on the next line, null for a line that gives none, or at the end of the file. */
  private Document nextLine() {
    String line;
    try {
      line = lines.readLine();
    } catch (CharacterCodingException e) {
      failures.report(
          linesPath + ":" + (lineNumber + 1), "not UTF-8 text; the rest of the file is not read");
      closeLines();
      return null;
    } catch (IOException e) {
      failures.report(
          linesPath + ":" + (lineNumber + 1),
          "cannot read: " + DebateStanceCli.describe(e) + "; the rest of the file is not read");
      closeLines();
      return null;
    }
    if (line == null) {
      closeLines();
      return null;
    }
    lineNumber++;
    if (line.isBlank()) {
      return null;
    }
    String where = linesPath + ":" + lineNumber;
    try {
      return accepted(parseLine(line), where);
    } catch (IllegalArgumentException e) {
      failures.report(where, e.getMessage());
      return null;
    }
  }

  private void closeLines() {
    try {
      lines.close();
    } catch (IOException e) {
      // Nothing was written to it; a failure to close a file we only read changes nothing.
    }
    lines = null;
  }

  /** The document one line describes. */
  static Document parseLine(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object with \"id\" and \"text\"");
    }
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw new IllegalArgumentException("\"id\" must be a non-empty string");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("\"text\" must be a string");
    }
    JsonNode date = node.get("date");
    LocalDate published = null;
    if (date != null && !date.isNull()) {
      try {
        if (!date.isTextual()) {
          throw new DateTimeParseException("not a string", date.toString(), 0);
        }
        published = LocalDate.parse(date.asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD: " + date);
      }
    }
    return new Document(id.asText(), text.asText(), published);
  }

  private Document accepted(Document d, String where) {
    if (!seenIds.add(d.id())) {
      failures.report(where, "duplicate document id '" + d.id() + "'");
      return null;
    }
    whereOf.put(d.id(), where);
    return d;
  }

  private static boolean isJsonLines(Path path) {
    String name = path.getFileName() == null ? "" : lower(path.getFileName().toString());
    return JSON_LINES.stream().anyMatch(name::endsWith);
  }

  private static boolean isHtml(Path path) {
    String name = lower(path.getFileName().toString());
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
