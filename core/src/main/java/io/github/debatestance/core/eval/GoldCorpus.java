package io.github.debatestance.core.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a folder of annotated articles: every {@code NAME.txt} that has a {@code NAME.gold.json}
 * beside it, in the format that the corpus's FORMAT.md describes.
 *
 * <p>Thread-safe: the class has no state but one configured, immutable JSON reader.
 */
public final class GoldCorpus {

  private static final String TEXT_SUFFIX = ".txt";
  private static final String GOLD_SUFFIX = ".gold.json";

  /*
   * The gold records mirror FORMAT.md field for field, so Jackson maps the file straight onto them.
   * "source" is the provenance note that converted corpora carry; it is read and dropped. Any other
   * unknown key fails, because a misspelt "speaker" would otherwise silently become null.
   */
  private record GoldFile(List<GoldActor> actors, List<GoldClaim> claims, String source) {}

  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build()
          .readerFor(GoldFile.class);

  private GoldCorpus() {}

  /**
   * Reads every annotated article in {@code dir}, sorted by name. The document id is the name
   * without {@code .txt}. A text without a gold file beside it is not part of the corpus.
   *
   * @throws NullPointerException if {@code dir} is null
   * @throws IOException if {@code dir} is not a directory, holds no annotated article, or a file
   *     cannot be read or is not a valid annotation; the message names the file or folder
   */
  public static List<GoldDocument> read(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a gold corpus directory");
    }
    List<Path> texts;
    try (Stream<Path> files = Files.list(dir)) {
      texts =
          files
              .filter(p -> p.getFileName().toString().endsWith(TEXT_SUFFIX))
              .filter(p -> Files.isRegularFile(goldFileOf(p)))
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .toList();
    }
    if (texts.isEmpty()) {
      throw new IOException(
          "no annotated article (NAME.txt with NAME.gold.json beside it) in " + dir);
    }
    List<GoldDocument> documents = new ArrayList<>(texts.size());
    for (Path text : texts) {
      documents.add(readDocument(text));
    }
    return List.copyOf(documents);
  }

  private static GoldDocument readDocument(Path textFile) throws IOException {
    String name = textFile.getFileName().toString();
    String id = name.substring(0, name.length() - TEXT_SUFFIX.length());
    Path goldFile = goldFileOf(textFile);
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    GoldFile gold;
    try {
      gold = READER.readValue(goldFile.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read gold annotation " + goldFile + ": " + e.getMessage(), e);
    }
    if (gold == null || gold.actors() == null || gold.claims() == null) {
      throw new IOException("gold annotation needs \"actors\" and \"claims\" arrays: " + goldFile);
    }
    try {
      return new GoldDocument(id, text, gold.actors(), gold.claims());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException("invalid gold annotation " + goldFile + ": " + e.getMessage(), e);
    }
  }

  private static Path goldFileOf(Path textFile) {
    String name = textFile.getFileName().toString();
    return textFile.resolveSibling(
        name.substring(0, name.length() - TEXT_SUFFIX.length()) + GOLD_SUFFIX);
  }
}
