package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.core.api.AnalysisException;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's limits: the maximum length, analysis in chunks, and the time budget. The extra
 * analyzers built here share the loaded models, since CoreNLP caches annotators by their settings.
 */
class LimitsTest {

  private static GoldDocument devArticle(String id) throws IOException {
    return GoldCorpus.read(SharedCorpus.folder("dev")).stream()
        .filter(g -> g.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void documentLongerThanTheMaximumIsRefusedWithItsNameAndSizes() {
    String text = "a".repeat(CoreNlpDebateAnalyzer.DEFAULT_MAX_CHARS + 1);

    assertThatThrownBy(() -> SharedAnalyzer.get().analyze(new Document("huge", text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document huge is too long: 5000001 characters, the maximum is 5000000");
  }

  @Test
  void theAnalyzerReportsTheLimitsItWasBuiltWith() {
    assertThat(SharedAnalyzer.get().limits())
        .isEqualTo(
            new AnalyzerLimits(
                CoreNlpDebateAnalyzer.DEFAULT_MAX_CHARS,
                CoreNlpDebateAnalyzer.DEFAULT_CHUNK_CHARS,
                CoreNlpDebateAnalyzer.DEFAULT_TIME_BUDGET));
  }

  @Test
  void builderRefusesSillyLimitsWithTheirValues() {
    assertThatThrownBy(() -> CoreNlpDebateAnalyzer.builder().chunkChars(10))
        .hasMessageContaining("chunkChars=10");
    assertThatThrownBy(() -> CoreNlpDebateAnalyzer.builder().timeBudget(Duration.ZERO))
        .hasMessageContaining("timeBudget=PT0S");
    assertThatThrownBy(() -> CoreNlpDebateAnalyzer.builder().maxChars(0))
        .hasMessageContaining("maxChars=0");
  }

  @Test
  void documentInChunksGivesTheClaimsOfEachChunkAtTheirOffsetsAndOneActorPerName()
      throws IOException {
    GoldDocument article = devArticle("musk-openai-open-source-clash");
    String twice = article.text().strip() + "\n\n" + article.text().strip();
    int second = article.text().strip().length() + 2;
    // The first chunk ends at the blank line between the copies, so each copy is one chunk.
    CoreNlpDebateAnalyzer chunked =
        CoreNlpDebateAnalyzer.builder().chunkChars(second).build();

    DebateMap once = SharedAnalyzer.get().analyze(new Document("once", article.text().strip()));
    DebateMap map = chunked.analyze(new Document("twice", twice));

    MapContract.check("twice", twice, map);
    assertThat(once.claims()).isNotEmpty();
    assertThat(map.claims()).hasSize(2 * once.claims().size());
    List<Claim> copy = map.claims().subList(once.claims().size(), map.claims().size());
    for (int i = 0; i < once.claims().size(); i++) {
      Claim original = once.claims().get(i);
      assertThat(map.claims().get(i).span()).isEqualTo(original.span());
      assertThat(copy.get(i).span().begin()).isEqualTo(original.span().begin() + second);
      assertThat(copy.get(i).text()).isEqualTo(original.text());
      assertThat(copy.get(i).attribution().map(a -> a.name()))
          .isEqualTo(original.attribution().map(a -> a.name()));
      assertThat(copy.get(i).attribution().map(a -> a.actorId()))
          .isEqualTo(map.claims().get(i).attribution().map(a -> a.actorId()));
    }
    assertThat(map.actors()).extracting(a -> a.name())
        .containsExactlyElementsOf(once.actors().stream().map(a -> a.name()).toList());
  }

  @Test
  void documentThatRunsOutOfTimeFailsAloneAndTheAnalyzerStaysUsable() throws IOException {
    GoldDocument article = devArticle("musk-openai-open-source-clash");
    CoreNlpDebateAnalyzer hurried =
        CoreNlpDebateAnalyzer.builder().timeBudget(Duration.ofMillis(1)).build();
    DebateMap before = SharedAnalyzer.get().analyze(new Document(article.id(), article.text()));

    assertThatThrownBy(() -> hurried.analyze(new Document("slow-one", article.text())))
        .isInstanceOf(AnalysisException.class)
        .hasMessage("document slow-one ran out of its time budget of 1 ms; the analysis was stopped");

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(hurried.analyze(new Document("blank", " \n "))).isEqualTo(DebateMap.empty("blank"));
    // The annotators the hurried analyzer shares were stopped mid-work, and are none the worse.
    assertThat(SharedAnalyzer.get().analyze(new Document(article.id(), article.text())))
        .isEqualTo(before);
  }

  @Test
  void runningOutOfTimeStopsTheWorkInsteadOfWaitingForIt() throws IOException {
    StringBuilder text = new StringBuilder();
    for (GoldDocument g : GoldCorpus.read(SharedCorpus.folder("dev"))) {
      text.append(g.text().strip()).append("\n\n");
    }
    CoreNlpDebateAnalyzer hurried =
        CoreNlpDebateAnalyzer.builder().timeBudget(Duration.ofMillis(300)).build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> hurried.analyze(new Document("ten-articles", text.toString())))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("time budget of 300 ms");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // Annotating all ten articles takes many seconds; stopped, the call ends within a sentence or
    // so of the deadline. The margin is wide because the test machine may be busy.
    assertThat(took).isLessThan(Duration.ofSeconds(4));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
