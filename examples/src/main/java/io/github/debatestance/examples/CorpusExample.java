package io.github.debatestance.examples;

import io.github.debatestance.core.aggregation.CorpusAggregator;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The corpus view in a few lines: analyse every {@code .txt} file of a directory, merge the
 * documents' debate maps into one corpus map, and print its summary. Files are read one at a time
 * as the analyzer asks for them, so the corpus can be larger than memory.
 *
 * <p>Run it with {@code java -cp examples/target/debate-stance.jar
 * io.github.debatestance.examples.CorpusExample DIR}. The {@code corpus} command of the CLI does
 * the same with more inputs (HTML, JSON Lines with dates) and outputs: {@code java -jar
 * examples/target/debate-stance.jar corpus DIR}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorpusExample {

  private CorpusExample() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CorpusExample DIR");
      System.exit(2);
    }
    System.out.print(CorpusTextReport.render(run(Path.of(args[0]))));
  }

  /** Builds an analyzer, which loads the CoreNLP models, and returns the directory's corpus map. */
  public static CorpusMap run(Path directory) throws IOException {
    DebateAnalyzer analyzer = CoreNlpDebateAnalyzer.builder().build();
    CorpusAggregator aggregator = new CorpusAggregator();
    try (Stream<Path> files = Files.list(directory);
        Stream<DocumentResult> results =
            analyzer.analyzeAll(
                files
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(CorpusExample::read),
                Runtime.getRuntime().availableProcessors())) {
      results.forEachOrdered(
          result -> {
            if (result.succeeded()) {
              aggregator.add(result.map());
            } else {
              System.err.println(result.documentId() + ": " + result.failure().getMessage());
            }
          });
    }
    return aggregator.result();
  }

  private static Document read(Path file) {
    String name = file.getFileName().toString();
    try {
      return new Document(
          name.substring(0, name.length() - ".txt".length()),
          Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
