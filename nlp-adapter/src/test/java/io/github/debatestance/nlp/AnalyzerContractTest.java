package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.DebateAnalyzer;
import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants every {@link DebateAnalyzer} keeps, checked on the development corpus. */
class AnalyzerContractTest {

  static Stream<GoldDocument> documents() throws IOException {
    return GoldCorpus.read(SharedCorpus.folder("dev")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void mapKeepsTheContract(GoldDocument doc) {
    DebateAnalyzer analyzer = SharedAnalyzer.get();
    DebateMap map = analyzer.analyze(new Document(doc.id(), doc.text()));

    for (Claim c : map.claims()) {
      assertThat(c.span().end()).isLessThanOrEqualTo(doc.text().length());
      assertThat(c.text()).isEqualTo(doc.text().substring(c.span().begin(), c.span().end()));
    }
    List<Claim> byPosition = new ArrayList<>(map.claims());
    byPosition.sort(Comparator.comparingInt(c -> c.span().begin()));
    for (int i = 1; i < byPosition.size(); i++) {
      assertThat(byPosition.get(i).span().overlaps(byPosition.get(i - 1).span()))
          .as("%s overlaps %s", byPosition.get(i).id(), byPosition.get(i - 1).id())
          .isFalse();
    }
    Set<String> actorIds = map.actors().stream().map(Actor::id).collect(Collectors.toSet());
    for (Claim c : map.claims()) {
      if (c.speaker() != null) {
        assertThat(actorIds).contains(c.speaker().actorId());
      }
    }
    assertThat(analyzer.analyze(new Document(doc.id(), doc.text()))).isEqualTo(map);
  }
}
