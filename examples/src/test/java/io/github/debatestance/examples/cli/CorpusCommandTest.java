package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.json.CorpusMapJson;
import io.github.debatestance.core.json.DebateMapJson;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The corpus command's inputs, outputs and errors, with an analyzer that needs no models: it reads
 * each line "TYPE;Name;STANCE;claim" of a document as one claim of that actor.
 */
class CorpusCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The stand-in analyzer: one actor per distinct name, one claim per line. */
  static DebateMap scripted(Document document) {
    if (document.text().contains("EXPLODE")) {
      throw new IllegalStateException("engine exploded");
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    int offset = 0;
    for (String line : document.text().split("\n", -1)) {
      String[] f = line.split(";");
      if (f.length == 4) {
        Actor actor =
            actors.computeIfAbsent(
                f[1],
                name ->
                    new Actor(
                        "a" + (actors.size() + 1),
                        name,
                        List.of(),
                        ActorType.valueOf(f[0]),
                        List.of(),
                        new StanceAssessment(Stance.valueOf(f[2]), 0.8, List.of())));
        int begin = offset + line.lastIndexOf(';') + 1;
        claims.add(
            new Claim(
                "c" + (claims.size() + 1),
                ClaimKind.DIRECT,
                f[3],
                new TextSpan(begin, begin + f[3].length()),
                new Attribution(actor.id(), actor.name(), 0.9),
                "said",
                new StanceAssessment(Stance.valueOf(f[2]), 0.8, List.of())));
      }
      offset += line.length() + 1;
    }
    return new DebateMap(document.id(), List.copyOf(actors.values()), claims);
  }

  private int runCorpus(Supplier<DebateAnalyzer> analyzer, String... args) {
    CommandLine cli = new CommandLine(new CorpusCommand(analyzer));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int runCorpus(String... args) {
    return runCorpus(() -> CorpusCommandTest::scripted, args);
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  private static Supplier<DebateAnalyzer> mustNotBuild() {
    return () -> {
      throw new AssertionError("the analyzer was built although there was nothing to read");
    };
  }

  private Path corpusDirectory() throws IOException {
    Path input = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(
        input.resolve("one.txt"),
        "PERSON;Ada Quill;PRO_OPEN_SOURCE;Weights belong to all.\n"
            + "ORGANIZATION;Pellucid AI;PRO_SAFETY_CLOSED;Release in stages.\n");
    Files.writeString(
        input.resolve("two.txt"), "PERSON;Quill;PRO_OPEN_SOURCE;Still open.\n");
    Files.writeString(
        input.resolve("three.html"),
        "<html><body><p>ORGANIZATION;Pellucid;PRO_SAFETY_CLOSED;Careful now.</p></body></html>");
    Files.writeString(input.resolve("notes.md"), "not an input");
    return input;
  }

  @Test
  void directoryGivesATextSummaryWithActorsMergedAcrossDocuments() throws IOException {
    int exit = runCorpus(corpusDirectory().toString());

    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("Corpus view: 3 documents, 4 claims, 2 actors\n")
        .contains("Camps")
        .contains("Ada Quill  (person, c1)")
        .contains("aliases:   Quill")
        .contains("Pellucid AI  (organization, c2)")
        .contains("claims:    2 in 2 documents")
        .contains("Relations, stated first");
    assertThat(errLines()).containsExactly("analyzed 3 document(s), 0 failed");
  }

  @Test
  void progressBarIsOffWhenStandardErrorIsNoTerminal() throws IOException {
    assertThat(ProgressDisplay.terminalAttached()).isFalse();

    runCorpus(corpusDirectory().toString());

    assertThat(err.toString()).doesNotContain("\r").doesNotContain("Analysing");
  }

  @Test
  void progressBarCanBeAskedFor() throws IOException {
    int exit = runCorpus("--progress", corpusDirectory().toString());

    assertThat(exit).isZero();
    assertThat(err.toString()).contains("Analysing").contains("\r");
    assertThat(err.toString()).endsWith("analyzed 3 document(s), 0 failed" + System.lineSeparator());
  }

  @Test
  void jsonLinesWithDatesGiveACorpusMapAndEveryBadLineIsReportedWithItsNumber() throws IOException {
    Path jsonl = dir.resolve("corpus.jsonl");
    Files.writeString(
        jsonl,
        String.join(
            "\n",
            "{\"id\": \"early\", \"text\": \"PERSON;Ada Quill;PRO_OPEN_SOURCE;Open.\","
                + " \"date\": \"2024-06-10\", \"url\": \"ignored\"}",
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": \"no-text\"}",
            "",
            "{\"id\": \"bad-date\", \"text\": \"x\", \"date\": \"10/06/2024\"}",
            "[1, 2]",
            "{\"id\": \"early\", \"text\": \"PERSON;Ada Quill;PRO_OPEN_SOURCE;Again.\"}",
            "{\"id\": \"late\", \"text\": \"PERSON;Quill;PRO_SAFETY_CLOSED;Closed.\","
                + " \"date\": null}",
            ""));

    int exit = runCorpus("--format", "json", jsonl.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines()).hasSize(6);
    assertThat(errLines().get(0)).startsWith("error: " + jsonl + ":2: not valid JSON: ");
    assertThat(errLines().subList(1, 6))
        .containsExactly(
            "error: " + jsonl + ":3: \"text\" must be a string",
            "error: " + jsonl + ":5: \"date\" must be YYYY-MM-DD: \"10/06/2024\"",
            "error: " + jsonl + ":6: expected a JSON object with \"id\" and \"text\"",
            "error: " + jsonl + ":7: duplicate document id 'early'",
            "analyzed 2 document(s), 5 failed");
    CorpusMap corpus = CorpusMapJson.read(out.toString());
    assertThat(corpus.documentCount()).isEqualTo(2);
    CorpusActor quill = corpus.actors().get(0);
    assertThat(quill.name()).isEqualTo("Ada Quill");
    assertThat(quill.appearances())
        .extracting(a -> a.documentId() + "@" + a.date())
        .containsExactly("early@2024-06-10", "late@null");
    assertThat(quill.timeline()).containsOnlyKeys(LocalDate.of(2024, 6, 10));
  }

  @Test
  void jsonlFormatPrintsOneMapPerDocumentAndTheCorpusGoesToItsOwnFile() throws IOException {
    Path corpusFile = dir.resolve("out/corpus.json");

    int exit =
        runCorpus(
            "--format", "jsonl", "--corpus-json", corpusFile.toString(),
            corpusDirectory().toString());

    assertThat(exit).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.stream().map(l -> DebateMapJson.read(l).documentId()))
        .containsExactly("one", "three", "two");
    CorpusMap corpus = CorpusMapJson.read(Files.readString(corpusFile));
    assertThat(corpus.documentCount()).isEqualTo(3);
    assertThat(corpus.actors()).hasSize(2);
  }

  @Test
  void htmlReportWritesTheCorpusPageBesideTheSummary() throws IOException {
    Path page = dir.resolve("report/corpus.html");

    int exit = runCorpus("--html-report", page.toString(), corpusDirectory().toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).startsWith("Corpus view: 3 documents");
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("Ada Quill")
        .contains("Pellucid AI")
        .contains("Weights belong to all.")
        .contains("<svg");
  }

  @Test
  void outWritesTheSummaryToAFile() throws IOException {
    Path target = dir.resolve("summary.txt");

    int exit = runCorpus("--out", target.toString(), corpusDirectory().toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("Corpus view: 3 documents");
  }

  @Test
  void analysisFailureCostsOneDocumentAndNamesItsFile() throws IOException {
    Path input = corpusDirectory();
    Path bad = Files.writeString(input.resolve("zz-bad.txt"), "EXPLODE");

    int exit = runCorpus(input.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + bad + ": analysis failed: engine exploded",
            "analyzed 3 document(s), 1 failed");
    assertThat(out.toString()).startsWith("Corpus view: 3 documents");
  }

  @Test
  void unreadableFilesAreReportedAndTheRestAnalysed() throws IOException {
    Path input = corpusDirectory();
    Path latin1 =
        Files.write(input.resolve("latin.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.jsonl");

    int exit = runCorpus(missing.toString(), input.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + missing + ": no such file",
            "error: " + latin1 + ": not UTF-8 text",
            "analyzed 3 document(s), 2 failed");
  }

  @Test
  void noReadableInputMeansNoAnalyzerAndNoOutput() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    int exit = runCorpus(mustNotBuild(), empty.toString(), dir.resolve("gone").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errLines())
        .containsExactly(
            "error: " + empty + ": no .txt or .html or .htm files in directory",
            "error: " + dir.resolve("gone") + ": no such file",
            "analyzed 0 document(s), 2 failed");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void nonPositiveThreadsIsAUsageError() {
    assertThat(runCorpus(mustNotBuild(), "--threads", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--threads=0");
  }

  @Test
  void refusesALimitThatIsNotPositiveBeforeLoadingTheModels() {
    assertThat(runCorpus(mustNotBuild(), "--max-chars", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--max-chars=0");
  }

  @Test
  void corpusIsASubcommandOfTheCli() {
    CommandLine cli = DebateStanceCli.newCommandLine();
    cli.setOut(new PrintWriter(out, true));

    assertThat(cli.execute("corpus", "--help")).isZero();
    assertThat(out.toString()).contains("--format").contains("--corpus-json").contains("jsonl");
  }

  @Test
  void lineParserAcceptsAMinimalObject() {
    Document document = CorpusInputs.parseLine("{\"id\":\"x\",\"text\":\"\"}");

    assertThat(document.id()).isEqualTo("x");
    assertThat(document.text()).isEmpty();
    assertThat(document.date()).isNull();
  }
}
