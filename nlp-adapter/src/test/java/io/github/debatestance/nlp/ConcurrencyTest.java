package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One analyzer shared by many threads gives what it gives one thread. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ARTICLES = 5;

  @Test
  void eightThreadsSharingOneAnalyzerGetTheSequentialResults() throws Exception {
    List<Document> documents = new ArrayList<>();
    for (GoldDocument g : GoldCorpus.read(SharedCorpus.folder("dev")).subList(0, ARTICLES)) {
      documents.add(new Document(g.id(), g.text()));
    }
    CoreNlpDebateAnalyzer analyzer = SharedAnalyzer.get();
    Map<String, DebateMap> sequential = new LinkedHashMap<>();
    for (Document d : documents) {
      sequential.put(d.id(), analyzer.analyze(d));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<DebateMap>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int shift = t;
        // Each thread takes the articles in another order, so different documents overlap.
        runs.add(
            pool.submit(
                () -> {
                  List<DebateMap> maps = new ArrayList<>();
                  for (int i = 0; i < documents.size(); i++) {
                    maps.add(analyzer.analyze(documents.get((i + shift) % documents.size())));
                  }
                  return maps;
                }));
      }
      for (Future<List<DebateMap>> run : runs) {
        for (DebateMap map : run.get(10, TimeUnit.MINUTES)) {
          assertThat(map).isEqualTo(sequential.get(map.documentId()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
