package io.github.debatestance.nlp.stance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled statements from JSON Lines: one object a line, {@code {"text": "...", "label":
 * "PRO_OPEN_SOURCE"}}, where the label is one of the debate's labels. Blank lines are skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrainingData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingData() {}

  /**
   * Reads a training file.
   *
   * @throws TrainingDataException naming the file and line of the first line that is not a valid
   *     statement
   * @throws IOException if the file cannot be read
   */
  public static List<LabelledStatement> read(Path file, DebateDefinition debate)
      throws IOException {
    requireNonNull(file, "file");
    try (BufferedReader reader = Files.newBufferedReader(file, UTF_8)) {
      return read(reader, file.toString(), debate);
    }
  }

  /** Reads statements from a reader; {@code source} names it in error messages. */
  public static List<LabelledStatement> read(Reader in, String source, DebateDefinition debate)
      throws IOException {
    requireNonNull(debate, "debate");
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<LabelledStatement> statements = new ArrayList<>();
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      statements.add(parse(line, source, number, debate));
    }
    return List.copyOf(statements);
  }

  private static LabelledStatement parse(
      String line, String source, int number, DebateDefinition debate)
      throws TrainingDataException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new TrainingDataException(
          source, number, "not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new TrainingDataException(source, number, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new TrainingDataException(source, number, "\"text\" must be a non-empty string");
    }
    JsonNode label = node.get("label");
    if (label == null || !label.isTextual()) {
      throw new TrainingDataException(source, number, "\"label\" must be a string");
    }
    return debate
        .stanceOf(label.asText())
        .map(stance -> new LabelledStatement(text.asText(), stance))
        .orElseThrow(
            () ->
                new TrainingDataException(
                    source,
                    number,
                    "unknown label \"" + label.asText() + "\"; expected one of "
                        + String.join(", ", debate.labels())));
  }
}
