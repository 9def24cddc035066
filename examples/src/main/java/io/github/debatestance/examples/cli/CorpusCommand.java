package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.aggregation.CorpusAggregator;
import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.api.DocumentResult;
import io.github.debatestance.core.json.CorpusMapJson;
import io.github.debatestance.core.json.DebateMapJson;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.report.HtmlReport;
import io.github.debatestance.examples.CorpusTextReport;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corpus}: the debate over a whole corpus. Documents stream through the analyzer on several
 * threads and into a {@link CorpusAggregator}, so memory stays bounded however large the corpus;
 * the result is the corpus view (camps, actors merged across documents, relations), or with {@code
 * --format jsonl} each document's map as it is analysed.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a corpus and print the debate across it: camps, actors merged across documents"
          + " with their stance per document and over time, and the relations between them.",
      "An input is a directory (its *.txt, *.html and *.htm files; HTML is reduced to text),"
          + " one such file, or a JSON Lines file (*.jsonl, *.ndjson) with one object per line:"
          + " {\"id\": \"...\", \"text\": \"...\", \"date\": \"YYYY-MM-DD\"}, the date optional"
          + " and other keys ignored. Dates let the corpus view follow actors over time."
    },
    footer = {
      "",
      "A file or line that cannot be used gets one 'error:' line on standard error (path, or"
          + " path:line for JSON Lines) and counts as failed; so does a document whose analysis"
          + " fails. The others go on. Standard error ends with 'analyzed N document(s), M"
          + " failed'.",
      "With --format jsonl the output is one debate map per line, in input order, for pipelines;"
          + " the corpus view is then written only where --corpus-json says.",
      "Exit status: 0 if every input was analysed, 1 if any failed, 2 for a usage error."
    })
final class CorpusCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description =
          "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). text is a summary"
              + " for people, json the corpus map (CorpusMapJson), jsonl one debate map per"
              + " document and line (DebateMapJson).")
  private OutputFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  private Path out;

  @Option(
      names = "--corpus-json",
      paramLabel = "FILE",
      description =
          "Also write the corpus map as JSON to FILE: with --format jsonl, the only place the"
              + " corpus view goes.")
  private Path corpusJson;

  @Option(
      names = "--html-report",
      paramLabel = "FILE",
      description =
          "Also write the corpus map as one self-contained HTML page to FILE: the actors on the"
              + " stance axis, camps, relations, a timeline where documents have dates, and key"
              + " claims.")
  private Path htmlReport;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents analysed at once (default: the number of cores).")
  private Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on standard error (default: only when running in a terminal;"
              + " Java sees none when standard output is redirected, so say --progress then).")
  private Boolean progress;

  @Mixin private AnalyzerOptions limits;

  @Parameters(
      paramLabel = "DIR|FILE",
      arity = "1..*",
      description = "Directories, text or HTML files, and JSON Lines files to read.")
  private List<Path> inputs;

  private final Supplier<DebateAnalyzer> analyzerFactory;
  private ProgressDisplay display;
  private int analyzed;
  private int failed;

  CorpusCommand() {
    // Read when the inputs turn out to hold documents, after picocli has set the options.
    analyzerFactory = () -> limits.analyzer();
  }

  /** For tests: an analyzer that needs no models, or one shared by the tests of a JVM. */
  CorpusCommand(Supplier<DebateAnalyzer> analyzerFactory) {
    this.analyzerFactory = requireNonNull(analyzerFactory, "analyzerFactory");
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    limits.check(spec);
    if (threadCount <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be positive: --threads=" + threadCount);
    }
    // Until the bar exists, failures go straight to standard error.
    display = ProgressDisplay.start(err, 0, false);
    CorpusInputs documents = new CorpusInputs(inputs, this::fail);
    if (!documents.hasSources()) {
      return finish(err);
    }
    DebateAnalyzer analyzer = analyzer();
    boolean shown = progress == null ? ProgressDisplay.terminalAttached() : progress;
    CorpusAggregator aggregator = new CorpusAggregator();
    try (Writer output = openOutput();
        ProgressDisplay bar =
            ProgressDisplay.start(err, shown ? documents.countDocuments() : 0, shown)) {
      display = bar;
      Map<String, LocalDate> dates = new HashMap<>();
      Iterator<Document> dated = remembering(documents, dates);
      try (Stream<DocumentResult> results =
          analyzer.analyzeAll(stream(dated).onClose(() -> closeQuietly(documents)), threadCount)) {
        results.forEachOrdered(
            result -> {
              String where = documents.release(result.documentId());
              LocalDate date = dates.remove(result.documentId());
              if (!result.succeeded()) {
                fail(where, "analysis failed: " + DebateStanceCli.describe(result.failure()));
                return;
              }
              accept(result.map(), date, where, aggregator, output);
            });
      }
      CorpusMap corpus = aggregator.result();
      if (format != OutputFormat.JSONL) {
        output.write(
            format == OutputFormat.JSON
                ? CorpusMapJson.write(corpus) + "\n"
                : CorpusTextReport.render(corpus));
      }
      output.flush();
      writeCorpusFiles(corpus);
    } finally {
      display = ProgressDisplay.start(err, 0, false);
    }
    return finish(err);
  }

  private void accept(
      DebateMap map, LocalDate date, String where, CorpusAggregator aggregator, Writer output) {
    try {
      aggregator.add(map, date);
    } catch (IllegalArgumentException e) {
      // An inconsistent map is an analyzer bug; it costs that document, not the corpus.
      fail(where, "cannot add to the corpus: " + e.getMessage());
      return;
    }
    if (format == OutputFormat.JSONL) {
      try {
        output.write(DebateMapJson.writeLine(map));
        output.write('\n');
        output.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    analyzed++;
    display.step();
  }

  /** Writes the corpus map to the files that options name. */
  private void writeCorpusFiles(CorpusMap corpus) throws IOException {
    if (corpusJson != null) {
      createParent(corpusJson);
      Files.writeString(corpusJson, CorpusMapJson.write(corpus) + "\n", StandardCharsets.UTF_8);
    }
    if (htmlReport != null) {
      createParent(htmlReport);
      Files.writeString(
          htmlReport, HtmlReport.standard().render(corpus), StandardCharsets.UTF_8);
    }
  }

  private Writer openOutput() throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      // Standard output is not ours to close.
      return new FilterWriter(stdout) {
        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    createParent(out);
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /** The documents, each date noted as it is read, for the result that comes back later. */
  private static Iterator<Document> remembering(
      Iterator<Document> documents, Map<String, LocalDate> dates) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public Document next() {
        Document d = documents.next();
        if (d.date() != null) {
          dates.put(d.id(), d.date());
        }
        return d;
      }
    };
  }

  private static Stream<Document> stream(Iterator<Document> documents) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            documents, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static void closeQuietly(CorpusInputs documents) {
    try {
      documents.close();
    } catch (IOException e) {
      // Only read, never written: nothing is lost if closing fails.
    }
  }

  private DebateAnalyzer analyzer() {
    try {
      return analyzerFactory.get();
    } catch (RuntimeException e) {
      throw new AnalysisException(
          "could not load the analyzer: " + DebateStanceCli.describe(e), e);
    }
  }

  private void fail(String where, String reason) {
    display.println("error: " + where + ": " + reason);
    display.step();
    failed++;
  }

  private int finish(PrintWriter err) {
    err.println("analyzed " + analyzed + " document(s), " + failed + " failed");
    err.flush();
    return failed == 0 ? 0 : 1;
  }
}
