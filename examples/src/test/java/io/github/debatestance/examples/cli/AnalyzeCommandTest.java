package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The analyze command's handling of inputs. No test here loads the CoreNLP models. */
class AnalyzeCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the real CLI, whose analyzer would load the models if any input were good. */
  private int runCli(String... args) {
    CommandLine cli = new CommandLine(new DebateStanceCli());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Runs analyze alone, with an analyzer that needs no models. */
  private int runAnalyze(Supplier<DebateAnalyzer> analyzer, String... args) {
    CommandLine cli = new CommandLine(new AnalyzeCommand(analyzer));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  private static Supplier<DebateAnalyzer> mustNotBuild() {
    return () -> {
      throw new AssertionError("the analyzer was built although no input was readable");
    };
  }

  @Test
  void missingFileGivesOneErrorLineAndExitCodeOne() {
    Path missing = dir.resolve("missing.txt");

    int exit = runCli("analyze", missing.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly("error: " + missing + ": no such file", "analyzed 0 file(s), 1 failed");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void directoryWithoutTextFilesGivesOneErrorLineAndExitCodeOne() throws IOException {
    Files.writeString(dir.resolve("notes.md"), "no text here");

    int exit = runCli("analyze", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + dir + ": no .txt files in directory", "analyzed 0 file(s), 1 failed");
  }

  @Test
  void everyBadInputIsReportedInOrder() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Café".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = Files.createDirectory(dir.resolve("empty"));

    int exit = runAnalyze(mustNotBuild(), missing.toString(), latin1.toString(), empty.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + missing + ": no such file",
            "error: " + latin1 + ": not UTF-8 text",
            "error: " + empty + ": no .txt files in directory",
            "analyzed 0 file(s), 3 failed");
  }

  @Test
  void goodFilesAreAnalysedDespiteBadOnesAndTheAnalyzerIsBuiltOnce() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Some text.");
    Path other = Files.writeString(dir.resolve("other.txt"), "More text.");
    Path missing = dir.resolve("missing.txt");
    List<String> analysed = new ArrayList<>();
    int[] builds = {0};
    Supplier<DebateAnalyzer> analyzer =
        () -> {
          builds[0]++;
          return document -> {
            analysed.add(document.id());
            return DebateMap.empty(document.id());
          };
        };

    int exit = runAnalyze(analyzer, good.toString(), missing.toString(), other.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(builds[0]).isEqualTo(1);
    assertThat(analysed).containsExactly("good", "other");
    assertThat(out.toString()).contains("Debate map: good").contains("Debate map: other");
    assertThat(errLines())
        .containsExactly("error: " + missing + ": no such file", "analyzed 2 file(s), 1 failed");
  }

  @Test
  void analyzerFailureOnOneFileIsReportedAndTheRestContinue() throws IOException {
    Path bad = Files.writeString(dir.resolve("a-bad.txt"), "trouble");
    Files.writeString(dir.resolve("b-good.txt"), "fine");
    Supplier<DebateAnalyzer> analyzer =
        () ->
            document -> {
              if (document.text().equals("trouble")) {
                throw new IllegalStateException("engine exploded");
              }
              return DebateMap.empty(document.id());
            };

    int exit = runAnalyze(analyzer, dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + bad + ": analysis failed: engine exploded", "analyzed 1 file(s), 1 failed");
    assertThat(out.toString()).contains("Debate map: b-good").doesNotContain("a-bad");
  }

  @Test
  void allGoodInputsExitWithZero() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Some text.");

    int exit = runAnalyze(() -> document -> DebateMap.empty(document.id()), good.toString());

    assertThat(exit).isZero();
    assertThat(errLines()).containsExactly("analyzed 1 file(s), 0 failed");
  }

  @Test
  void jsonFormatPrintsOneLinePerDocument() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A.");
    Files.writeString(dir.resolve("b.txt"), "B.");

    int exit =
        runAnalyze(
            () -> document -> DebateMap.empty(document.id()), "--format", "json", dir.toString());

    assertThat(exit).isZero();
    assertThat(out.toString().lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
  }

  @Test
  void outWritesOneJsonFilePerInput() throws IOException {
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.writeString(input.resolve("northwind.txt"), "Text.");
    Path target = dir.resolve("maps");

    int exit =
        runAnalyze(
            () -> document -> DebateMap.empty(document.id()),
            "--out",
            target.toString(),
            input.toString());

    assertThat(exit).isZero();
    assertThat(target.resolve("northwind.json")).exists();
    assertThat(Files.readString(target.resolve("northwind.json"))).contains("northwind");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void outRefusesToOverwriteTheResultOfAnotherInputWithTheSameName() throws IOException {
    Path first = Files.writeString(Files.createDirectory(dir.resolve("one")).resolve("x.txt"), "1");
    Path second = Files.writeString(Files.createDirectory(dir.resolve("two")).resolve("x.txt"), "2");
    Path target = dir.resolve("maps");

    int exit =
        runAnalyze(
            () -> document -> DebateMap.empty(document.id()),
            "--out",
            target.toString(),
            first.toString(),
            second.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines()).hasSize(2);
    assertThat(errLines().get(0)).startsWith("error: " + second + ": cannot write result: ");
    assertThat(errLines().get(1)).isEqualTo("analyzed 1 file(s), 1 failed");
  }

  @Test
  void noInputIsAUsageError() {
    assertThat(runCli("analyze")).isEqualTo(2);
    assertThat(err.toString()).contains("FILE|DIR");
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertThat(runCli("analyze", "--format", "xml", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of [text, json, jsonl] but was 'xml'");
  }

  @Test
  void formatIsCaseInsensitive() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), "Some text.");

    int exit =
        runAnalyze(
            () -> document -> DebateMap.empty(document.id()), "--format", "JSON", good.toString());

    assertThat(exit).isZero();
  }

  @Test
  void binaryFileAndUtf16FileAreNotUtf8Text() throws IOException {
    Path png =
        Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path utf16 = Files.write(dir.resolve("wide.txt"), "Hello".getBytes(StandardCharsets.UTF_16));

    int exit = runAnalyze(mustNotBuild(), png.toString(), utf16.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + png + ": not UTF-8 text",
            "error: " + utf16 + ": not UTF-8 text",
            "analyzed 0 file(s), 2 failed");
  }

  @Test
  void everyInputGetsAnOutputOrOneErrorLineAndTheSummaryCountsBoth() throws IOException {
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "fine");
    Path bad = Files.write(input.resolve("b.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    Path slow = Files.writeString(input.resolve("c.txt"), "slow");
    Files.writeString(input.resolve("d.txt"), "fine too");
    Path target = dir.resolve("maps");
    Supplier<DebateAnalyzer> analyzer =
        () ->
            document -> {
              if (document.text().equals("slow")) {
                throw new AnalysisException(
                    "document c ran out of its time budget of 60 s; the analysis was stopped");
              }
              return DebateMap.empty(document.id());
            };

    int exit = runAnalyze(analyzer, "--out", target.toString(), input.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(target.resolve("a.json")).exists();
    assertThat(target.resolve("d.json")).exists();
    assertThat(errLines())
        .containsExactly(
            "error: " + bad + ": not UTF-8 text",
            "error: " + slow + ": analysis failed: document c ran out of its time budget of 60 s;"
                + " the analysis was stopped",
            "analyzed 2 file(s), 2 failed");
  }

  @Test
  void htmlInputIsReducedToTextWithParagraphBreaks() throws IOException {
    Path input = Files.createDirectory(dir.resolve("pages"));
    Files.writeString(
        input.resolve("story.html"),
        "<html><body><p>&ldquo;Open it,&rdquo; she said.</p><p>Second.</p></body></html>");
    Files.writeString(input.resolve("notes.txt"), "not a page");
    List<String> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Supplier<DebateAnalyzer> analyzer =
        () ->
            document -> {
              ids.add(document.id());
              texts.add(document.text());
              return DebateMap.empty(document.id());
            };

    int exit = runAnalyze(analyzer, "--html", input.toString());

    assertThat(exit).isZero();
    assertThat(ids).containsExactly("story");
    assertThat(texts).containsExactly("\u201COpen it,\u201D she said.\n\nSecond.");
    assertThat(errLines()).containsExactly("analyzed 1 file(s), 0 failed");
  }

  @Test
  void htmlDirectoryWithoutPagesIsReported() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text");

    int exit = runAnalyze(mustNotBuild(), "--html", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + dir + ": no .html or .htm files in directory",
            "analyzed 0 file(s), 1 failed");
  }

  @Test
  void nonPositiveTimeBudgetIsAUsageError() {
    assertThat(runCli("analyze", "--time-budget", "0", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--time-budget=0");
  }

  @Test
  void htmlReportWritesOnePageWithTheActorsAndTheClaimInContext() throws IOException {
    String text = "Ada Brennan said \"openness finds the flaws\" at the launch.";
    Path input = Files.writeString(dir.resolve("launch.txt"), text);
    Path page = dir.resolve("launch.html");
    int begin = text.indexOf("openness");
    Supplier<DebateAnalyzer> analyzer =
        () ->
            document ->
                new DebateMap(
                    document.id(),
                    List.of(
                        new Actor("a1", "Ada Brennan", List.of(), ActorType.PERSON, List.of(),
                            new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.8, List.of()))),
                    List.of(
                        new Claim("c1", ClaimKind.DIRECT, "openness finds the flaws",
                            new TextSpan(begin, begin + 24),
                            new Attribution("a1", "Ada Brennan", 0.9), "said",
                            new StanceAssessment(Stance.PRO_OPEN_SOURCE, 0.8,
                                List.of("openness")))));

    int exit = runAnalyze(analyzer, "--html-report", page.toString(), input.toString());

    assertThat(exit).isZero();
    String html = Files.readString(page);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("Ada Brennan")
        .contains("<mark class=\"s-open\">openness</mark> finds the flaws")
        .contains(" at the launch.");
    // The map is still printed as usual.
    assertThat(out.toString()).contains("Debate map: launch");
    assertThat(errLines()).containsExactly("analyzed 1 file(s), 0 failed");
  }

  @Test
  void htmlReportRefusesSeveralDocumentsBeforeLoadingTheModels() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A.");
    Files.writeString(dir.resolve("b.txt"), "B.");
    Path page = dir.resolve("report.html");

    int exit = runAnalyze(mustNotBuild(), "--html-report", page.toString(), dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("--html-report takes one input document, but the inputs hold 2");
    assertThat(page).doesNotExist();
  }

  @Test
  void htmlReportThatCannotBeWrittenFailsTheDocument() throws IOException {
    Path input = Files.writeString(dir.resolve("story.txt"), "Text.");
    Path page = dir.resolve("missing-folder").resolve("report.html");

    int exit =
        runAnalyze(
            () -> document -> DebateMap.empty(document.id()),
            "--html-report",
            page.toString(),
            input.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines()).hasSize(2);
    assertThat(errLines().get(0))
        .startsWith("error: " + input + ": cannot write HTML report " + page + ": ");
    assertThat(errLines().get(1)).isEqualTo("analyzed 0 file(s), 1 failed");
  }
}
