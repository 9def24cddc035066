package io.github.debatestance.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {

  // Maven runs tests from the module folder (/work/main/core); an IDE may run them from the
  // reactor root (/work/main). The shared corpus sits beside the project in both layouts.
  private static final List<Path> DEV_CANDIDATES =
      List.of(Path.of("../shared/corpus/dev"), Path.of("../../shared/corpus/dev"));

  private static Path devCorpus() {
    Optional<Path> found = DEV_CANDIDATES.stream().filter(Files::isDirectory).findFirst();
    assumeTrue(
        found.isPresent(),
        () ->
            "shared corpus not found at "
                + DEV_CANDIDATES.stream().map(p -> p.toAbsolutePath().normalize()).toList()
                + "; skipping");
    return found.orElseThrow();
  }

  private static final String GOLD =
      """
      {"actors": [{"name": "Mara Quill", "aliases": ["Quill"], "type": "PERSON",
                   "roles": ["lab director"], "stance": "PRO_OPEN_SOURCE"}],
       "claims": [{"text": "Share the weights.", "kind": "DIRECT", "speaker": "Mara Quill",
                   "stance": "PRO_OPEN_SOURCE"},
                  {"text": "the vote was close", "kind": "INDIRECT", "speaker": null,
                   "stance": null}]}
      """;

  private static void write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @Test
  void devCorpusLoadsTenDocumentsWithClaims() throws IOException {
    List<GoldDocument> docs = GoldCorpus.read(devCorpus());

    assertThat(docs).hasSize(10);
    assertThat(docs)
        .allSatisfy(
            d -> {
              assertThat(d.text()).isNotBlank();
              assertThat(d.claims()).isNotEmpty();
              assertThat(d.actors()).isNotEmpty();
            });
    assertThat(docs).extracting(GoldDocument::id).isSorted();
  }

  @Test
  void anOracleAnalyzerScoresPerfectlyOnTheDevCorpus() throws IOException {
    Path dir = devCorpus();
    Map<String, GoldDocument> byId = new java.util.HashMap<>();
    for (GoldDocument d : GoldCorpus.read(dir)) {
      byId.put(d.id(), d);
    }
    // Echoes each document's gold annotation, so every measure must come out at 1.
    DebateAnalyzer oracle = document -> echo(byId.get(document.id()));

    EvaluationReport report = new Evaluator().evaluate(oracle, dir);

    assertThat(report.documentCount()).isEqualTo(10);
    assertThat(report.direct().f1()).isEqualTo(1.0);
    assertThat(report.indirect().f1()).isEqualTo(1.0);
    assertThat(report.attribution().value()).isEqualTo(1.0);
    assertThat(report.stanceMacroF1()).isEqualTo(1.0);
    assertThat(report.stanceEndToEnd().value()).isEqualTo(1.0);
    assertThat(report.actorsFound().value()).isEqualTo(1.0);
    assertThat(report.actorStance().value()).isEqualTo(1.0);
    assertThat(report.mismatches()).isEmpty();
  }

  private static DebateMap echo(GoldDocument gold) {
    List<Actor> actors = new ArrayList<>();
    for (GoldActor a : gold.actors()) {
      Stance stance = a.stance() == null ? Stance.NEUTRAL : a.stance();
      actors.add(
          new Actor(
              a.name(),
              a.name(),
              a.aliases(),
              a.type(),
              a.roles(),
              new StanceAssessment(stance, 1.0, List.of())));
    }
    List<Claim> claims = new ArrayList<>();
    for (GoldClaim c : gold.claims()) {
      int begin = Math.max(0, gold.text().indexOf(c.text()));
      Attribution speaker =
          c.speaker() == null ? null : new Attribution(c.speaker(), c.speaker(), 1.0);
      Stance stance = c.stance() == null ? Stance.NEUTRAL : c.stance();
      claims.add(
          new Claim(
              "c" + claims.size(),
              c.kind(),
              c.text(),
              new TextSpan(begin, begin + c.text().length()),
              speaker,
              null,
              new StanceAssessment(stance, 1.0, List.of())));
    }
    return new DebateMap(gold.id(), actors, claims);
  }

  @Test
  void readsPairsSortedByNameAndSkipsTextsWithoutGold(@TempDir Path dir) throws IOException {
    write(dir.resolve("beta.txt"), "Quill said: \"Share the weights.\" The vote was close.");
    write(dir.resolve("beta.gold.json"), GOLD);
    write(dir.resolve("alpha.txt"), "Another text.");
    write(
        dir.resolve("alpha.gold.json"),
        "{\"actors\": [], \"claims\": [], \"source\": \"invented\"}");
    write(dir.resolve("lonely.txt"), "No annotation for this one.");

    List<GoldDocument> docs = GoldCorpus.read(dir);

    assertThat(docs).extracting(GoldDocument::id).containsExactly("alpha", "beta");
    GoldDocument beta = docs.get(1);
    assertThat(beta.text()).startsWith("Quill said");
    assertThat(beta.actors())
        .containsExactly(
            new GoldActor(
                "Mara Quill",
                List.of("Quill"),
                ActorType.PERSON,
                List.of("lab director"),
                Stance.PRO_OPEN_SOURCE));
    assertThat(beta.claims())
        .containsExactly(
            new GoldClaim(
                "Share the weights.", ClaimKind.DIRECT, "Mara Quill", Stance.PRO_OPEN_SOURCE),
            new GoldClaim("the vote was close", ClaimKind.INDIRECT, null, null));
  }

  @Test
  void folderWithoutAnyPairIsAnIOExceptionNamingIt(@TempDir Path dir) throws IOException {
    write(dir.resolve("lonely.txt"), "No annotation for this one.");

    assertThatThrownBy(() -> GoldCorpus.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void missingFolderIsAnIOExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(() -> GoldCorpus.read(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void badAnnotationsAreIOExceptionsNamingTheFile(@TempDir Path dir) throws IOException {
    write(dir.resolve("a.txt"), "Text.");
    for (String bad :
        Stream.of(
                "{\"actors\": [], \"claims\": [",
                "{\"actors\": [], \"claims\": [], \"speakr\": 1}",
                "{\"actors\": [], \"claims\": [{\"text\": \"x\", \"kind\": \"SHOUTED\"}]}",
                "{\"actors\": [], \"claims\": [{\"text\": \"x\", \"kind\": \"DIRECT\","
                    + " \"speaker\": \"Nobody Known\", \"stance\": null}]}",
                "{\"claims\": []}")
            .toList()) {
      write(dir.resolve("a.gold.json"), bad);

      assertThatThrownBy(() -> GoldCorpus.read(dir))
          .as(bad)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("a.gold.json");
    }
  }
}
