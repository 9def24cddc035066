package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.json.DebateMapJson;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.report.HtmlReport;
import io.github.debatestance.examples.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze}: builds the debate map of each input file. A bad input costs one line on
 * standard error and does not stop the others; the exit code says whether any input failed.
 *
 * <p>Not thread-safe: picocli creates one instance per run.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse text files and print or write their debate maps.",
      "Each file is read as UTF-8; its document id is its name without '.txt'"
          + " (or '.html', '.htm' with --html)."
    },
    footer = {
      "",
      "A bad input gets one 'error:' line on standard error and the other inputs are still"
          + " analysed. Standard error ends with 'analyzed N file(s), M failed', counting the"
          + " inputs that succeeded and those that failed.",
      "Exit status: 0 if every input was analysed, 1 if any failed, 2 for a usage error."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      completionCandidates = OutputFormat.Candidates.class,
      description =
          "How to print maps on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."
              + " json and jsonl both print one object per line. Ignored with --out.")
  private OutputFormat format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write each map as DIR/NAME.json instead of printing it. DIR is created if needed.")
  private Path outDir;

  @Option(
      names = "--html",
      description =
          "Read the inputs as HTML pages and analyse their text, a blank line between paragraphs."
              + " A directory then stands for its *.html and *.htm files. Offsets in the results"
              + " index that text, not the HTML.")
  private boolean html;

  @Option(
      names = "--html-report",
      paramLabel = "FILE",
      description =
          "Also write the document's debate map as one self-contained HTML page to FILE: the"
              + " actors on the stance axis, camps, relations and every claim in its context."
              + " Takes one input document.")
  private Path htmlReport;

  @Mixin private AnalyzerOptions limits;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "1..*",
      description = "Text files to analyse; a directory stands for the *.txt files directly in it.")
  private List<Path> inputs;

  private final Supplier<DebateAnalyzer> analyzerFactory;
  private DebateAnalyzer analyzer;
  // With --out, which input each output file was written for, to refuse silent overwrites.
  private final Map<Path, Path> writtenFor = new HashMap<>();
  private int analyzed;
  private int failed;

  AnalyzeCommand() {
    // Read when the first good input needs it, after picocli has set the options.
    analyzerFactory = () -> limits.analyzer();
  }

  /** For tests: an analyzer that needs no models. */
  AnalyzeCommand(Supplier<DebateAnalyzer> analyzerFactory) {
    this.analyzerFactory = requireNonNull(analyzerFactory, "analyzerFactory");
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    limits.check(spec);
    // Expand every input first, so that a report for one document can refuse several in time.
    List<Expanded> expanded = new ArrayList<>();
    int documents = 0;
    for (Path input : inputs) {
      try {
        List<Path> files =
            InputFiles.expand(input, html ? InputFiles.HTML_FILES : InputFiles.TEXT_FILES);
        expanded.add(new Expanded(input, files, null));
        documents += files.size();
      } catch (IOException e) {
        expanded.add(new Expanded(input, List.of(), reason(e)));
      }
    }
    if (htmlReport != null && documents > 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--html-report takes one input document, but the inputs hold " + documents);
    }
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
      } catch (IOException e) {
        err.println("error: " + outDir + ": cannot create output directory: " + describe(e));
        return 1;
      }
    }
    for (Expanded e : expanded) {
      if (e.error() != null) {
        fail(e.input(), e.error());
        continue;
      }
      for (Path file : e.files()) {
        analyzeFile(file);
      }
    }
    err.println("analyzed " + analyzed + " file(s), " + failed + " failed");
    err.flush();
    return failed == 0 ? 0 : 1;
  }

  private void analyzeFile(Path file) {
    String text;
    try {
      text = InputFiles.read(file);
      if (html) {
        text = HtmlText.toText(text);
      }
    } catch (IOException e) {
      fail(file, reason(e));
      return;
    }
    DebateAnalyzer engine = analyzer();
    DebateMap map;
    try {
      map = engine.analyze(new Document(InputFiles.documentId(file), text));
    } catch (RuntimeException e) {
      // One document that trips the engine must not cost the user the rest of the batch.
      fail(file, "analysis failed: " + describe(e));
      return;
    }
    try {
      emit(file, map);
    } catch (IOException e) {
      fail(file, "cannot write result: " + describe(e));
      return;
    }
    if (htmlReport != null) {
      try {
        Files.writeString(
            htmlReport, HtmlReport.standard().render(map, text), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        fail(file, "cannot write HTML report " + htmlReport + ": " + describe(e));
        return;
      }
    }
    analyzed++;
  }

  /** One command-line input: the files it stands for, or why it stands for none. */
  private record Expanded(Path input, List<Path> files, String error) {}

  private void emit(Path file, DebateMap map) throws IOException {
    if (outDir != null) {
      Path target = outDir.resolve(InputFiles.documentId(file) + ".json");
      Path earlier = writtenFor.putIfAbsent(target.toAbsolutePath().normalize(), file);
      if (earlier != null) {
        throw new IOException(target + " was already written for " + earlier);
      }
      Files.writeString(target, DebateMapJson.write(map) + "\n", StandardCharsets.UTF_8);
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON || format == OutputFormat.JSONL) {
      out.print(DebateMapJson.writeLine(map));
      out.print('\n');
    } else {
      // A blank line between reports keeps several documents apart.
      if (analyzed > 0) {
        out.print('\n');
      }
      out.print(TextReport.render(map));
    }
    // Flush per document, so that output and error lines appear in input order.
    out.flush();
  }

  /** The analyzer, built on first use: a run whose inputs are all bad never loads the models. */
  private DebateAnalyzer analyzer() {
    if (analyzer == null) {
      try {
        analyzer = analyzerFactory.get();
      } catch (RuntimeException e) {
        throw new AnalysisException("could not load the analyzer: " + describe(e), e);
      }
    }
    return analyzer;
  }

  private void fail(Path path, String reason) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("error: " + path + ": " + reason);
    err.flush();
    failed++;
  }

  private static String reason(IOException e) {
    return e instanceof InputException input ? input.reason() : "cannot read: " + describe(e);
  }

  private static String describe(Throwable e) {
    return DebateStanceCli.describe(e);
  }
}
