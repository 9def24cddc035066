package io.github.debatestance.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.debatestance.core.model.DebateMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchAnalysisTest {

  /** Takes longer on early documents, so that later ones finish first. */
  private static final class SlowThenFast implements DebateAnalyzer {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();
    final Set<String> threadsSeen = ConcurrentHashMap.newKeySet();

    @Override
    public DebateMap analyze(Document document) {
      int now = running.incrementAndGet();
      maxRunning.accumulateAndGet(now, Math::max);
      threadsSeen.add(Thread.currentThread().getName());
      try {
        int n = Integer.parseInt(document.id());
        Thread.sleep(Math.max(0, 20 - n));
        if (document.text().equals("boom")) {
          throw new AnalysisException("engine failed on " + document.id());
        }
        return DebateMap.empty(document.id());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AnalysisException("interrupted", e);
      } finally {
        running.decrementAndGet();
      }
    }
  }

  private static Stream<Document> documents(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Document(Integer.toString(i), "text " + i));
  }

  @Test
  void resultsComeBackInInputOrder() {
    SlowThenFast analyzer = new SlowThenFast();
    try (Stream<DocumentResult> results = analyzer.analyzeAll(documents(20), 4)) {
      assertThat(results.map(DocumentResult::documentId))
          .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(Integer::toString).toList());
    }
    assertThat(analyzer.maxRunning.get()).isBetween(2, 4);
    assertThat(analyzer.threadsSeen).allMatch(n -> n.startsWith("debate-analysis-"));
  }

  @Test
  void aFailingDocumentFailsAloneAndTheOthersGoOn() {
    List<Document> docs =
        List.of(new Document("0", "fine"), new Document("1", "boom"), new Document("2", "fine"));
    List<DocumentResult> results = new SlowThenFast().analyzeAll(docs).toList();
    assertThat(results).extracting(DocumentResult::succeeded).containsExactly(true, false, true);
    assertThat(results.get(1).failure()).hasMessageContaining("engine failed on 1");
    assertThat(results.get(1).result()).isEmpty();
  }

  @Test
  void inputIsReadLazilyWithABoundedWindow() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<Document> input = documents(1_000).peek(d -> pulled.incrementAndGet());
    try (Stream<DocumentResult> results = new SlowThenFast().analyzeAll(input, 2)) {
      assertThat(results.limit(3).count()).isEqualTo(3);
    }
    assertThat(pulled.get()).isLessThanOrEqualTo(3 + BatchAnalysis.WINDOW_PER_THREAD * 2);
  }

  @Test
  void emptyInputGivesAnEmptyStream() {
    assertThat(new SlowThenFast().analyzeAll(List.of()).count()).isZero();
  }

  @Test
  void callerMistakesAreRejected() {
    SlowThenFast analyzer = new SlowThenFast();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> analyzer.analyzeAll(documents(1), 0))
        .withMessageContaining("threads=0");
    assertThatNullPointerException()
        .isThrownBy(() -> analyzer.analyzeAll((Stream<Document>) null, 2))
        .withMessageContaining("documents");
  }

  @Test
  void resultRecordRequiresExactlyOneOutcome() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DocumentResult("d", null, null))
        .withMessageContaining("documentId=d");
  }
}
