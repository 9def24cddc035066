package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths a user names on the command line into documents: expands a directory into its
 * {@code .txt} files (or its HTML pages) and reads each file as strict UTF-8 text.
 *
 * <p>Stateless and thread-safe.
 */
final class InputFiles {

  private static final String TEXT_SUFFIX = ".txt";
  /** The names a directory's files must end with to count as inputs, for text and for HTML. */
  static final List<String> TEXT_FILES = List.of(TEXT_SUFFIX);

  static final List<String> HTML_FILES = List.of(".html", ".htm");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private InputFiles() {}

  /** {@link #expand(Path, List)} for text files. */
  static List<Path> expand(Path argument) throws IOException {
    return expand(argument, TEXT_FILES);
  }

  /**
   * The files that one command-line argument stands for: the file itself, or the files directly
   * inside a directory whose names end with one of {@code suffixes}, sorted by name.
   *
   * @throws InputException if the path does not exist or is a directory with no such file
   * @throws IOException if the directory cannot be listed
   */
  static List<Path> expand(Path argument, List<String> suffixes) throws IOException {
    requireNonNull(argument, "argument");
    requireNonNull(suffixes, "suffixes");
    if (!Files.exists(argument)) {
      throw new InputException(argument, "no such file");
    }
    if (!Files.isDirectory(argument)) {
      return List.of(argument);
    }
    List<Path> texts;
    try (Stream<Path> children = Files.list(argument)) {
      texts =
          children
              .filter(p -> suffixes.stream().anyMatch(p.getFileName().toString()::endsWith))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    if (texts.isEmpty()) {
      throw new InputException(
          argument, "no " + String.join(" or ", suffixes) + " files in directory");
    }
    return texts;
  }

  /**
   * The file's text. A leading byte order mark is dropped, since it is an encoding detail, not
   * part of the text; offsets in the results count from the character after it.
   *
   * @throws InputException if the file does not exist, cannot be read, or is not UTF-8 text
   * @throws IOException for other I/O failures
   */
  static String read(Path file) throws IOException {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(file, "permission denied");
    }
    // NUL is valid UTF-8, but no text file contains it: it marks binary data such as a PDF or an
    // image, or UTF-16 text, whose ASCII characters would otherwise decode as garbage.
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputException(file, "not UTF-8 text");
      }
    }
    // String(bytes, UTF_8) would silently replace bad bytes with U+FFFD; a strict decoder tells us.
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file, "not UTF-8 text");
    }
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /** The document id for a file: its name without a trailing {@code .txt}, {@code .html} or {@code .htm}. */
  static String documentId(Path file) {
    String name = requireNonNull(file, "file").getFileName().toString();
    for (String suffix : List.of(TEXT_SUFFIX, ".html", ".htm")) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
