package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.json.CorpusMapJson;
import io.github.debatestance.core.model.ActorAppearance;
import io.github.debatestance.core.model.CorpusActor;
import io.github.debatestance.core.model.CorpusMap;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The corpus command end to end, with the real analyzer, on two invented articles in which one
 * speaker is named in full and later by surname alone. The models load once for the whole class.
 */
class CorpusCommandModelsTest {

  /** The one analyzer of this test JVM. */
  private static final class SharedModels {
    static final DebateAnalyzer ANALYZER = CoreNlpDebateAnalyzer.builder().build();
  }

  private static final String LAUNCH =
      "Brightwater Labs released the full weights of its new language model on Tuesday.\n\n"
          + "\"Keeping a model behind an API only concentrates power in a few companies,\" said"
          + " Ada Quill, the chief executive of Brightwater Labs. \"Open weights let everyone find"
          + " the flaws.\"\n\n"
          + "Oskar Vantongeren, who studies misuse at the Pellworm Institute, was less"
          + " enthusiastic. \"Once the weights are public, nobody can take them back,\""
          + " Vantongeren said.\n";

  private static final String FOLLOW_UP =
      "A week after the release, Quill defended the decision before a parliamentary committee.\n\n"
          + "\"Openness is how we make these systems safer, not more dangerous,\" Quill told the"
          + " committee.\n\n"
          + "Vantongeren, speaking later, said the committee should require independent testing"
          + " before any release. \"Staged release gives us time to find the dangers,\" he said.\n";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int runCorpus(String... args) {
    CommandLine cli = new CommandLine(new CorpusCommand(() -> SharedModels.ANALYZER));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static CorpusActor speaking(CorpusMap map, String surname) {
    List<CorpusActor> found =
        map.actors().stream().filter(a -> a.name().endsWith(surname)).toList();
    assertThat(found).as("actors named ...%s in %s", surname, map.actors()).hasSize(1);
    return found.get(0);
  }

  @Test
  void directoryOfArticlesMergesTheSurnameWithTheFullName() throws IOException {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(articles.resolve("launch.txt"), LAUNCH);
    Files.writeString(articles.resolve("follow-up.txt"), FOLLOW_UP);
    Path corpusFile = dir.resolve("corpus.json");

    int exit = runCorpus("--corpus-json", corpusFile.toString(), articles.toString());

    assertThat(exit).isZero();
    assertThat(err.toString().lines()).containsExactly("analyzed 2 document(s), 0 failed");
    CorpusMap map = CorpusMapJson.read(Files.readString(corpusFile));
    CorpusActor quill = speaking(map, "Quill");
    assertThat(quill.name()).isEqualTo("Ada Quill");
    assertThat(quill.appearances())
        .extracting(ActorAppearance::documentId)
        .containsExactlyInAnyOrder("launch", "follow-up");
    assertThat(speaking(map, "Vantongeren").appearances()).hasSize(2);
    assertThat(out.toString()).startsWith("Corpus view: 2 documents").contains("Ada Quill");
  }

  @Test
  void jsonLinesWithDatesGiveATimeline() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(
        jsonl,
        json.writeValueAsString(Map.of("id", "launch", "text", LAUNCH, "date", "2025-03-04"))
            + "\n"
            + json.writeValueAsString(
                Map.of("id", "follow-up", "text", FOLLOW_UP, "date", "2025-03-11"))
            + "\n");

    int exit = runCorpus("--format", "json", jsonl.toString());

    assertThat(exit).isZero();
    CorpusActor quill = speaking(CorpusMapJson.read(out.toString()), "Quill");
    assertThat(quill.timeline())
        .containsOnlyKeys(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 11));
    assertThat(quill.appearances())
        .extracting(ActorAppearance::documentId)
        .containsExactly("launch", "follow-up");
  }
}
