package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.GoldClaim;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The project's founding example: every quotation of the seed article, with the right speaker. */
class SeedArticleTest {

  private static final String SEED = "musk-openai-open-source-clash";

  @Test
  void everyQuotationOfTheSeedArticleIsFoundWithItsSpeaker() throws IOException {
    GoldDocument gold =
        GoldCorpus.read(SharedCorpus.folder("dev")).stream()
            .filter(g -> g.id().equals(SEED))
            .findFirst()
            .orElseThrow();
    DebateMap map = SharedAnalyzer.get().analyze(new Document(gold.id(), gold.text()));
    List<GoldClaim> quotations =
        gold.claims().stream().filter(c -> c.kind() == ClaimKind.DIRECT).toList();
    assertThat(quotations).hasSize(10);
    for (GoldClaim expected : quotations) {
      Optional<Claim> found =
          map.claims().stream()
              .filter(c -> c.kind() == ClaimKind.DIRECT && c.text().equals(expected.text()))
              .findFirst();
      assertThat(found).as("quotation found: %s", expected.text()).isPresent();
      assertThat(found.get().speaker()).as("speaker of: %s", expected.text()).isNotNull();
      assertThat(found.get().speaker().name())
          .as("speaker of: %s", expected.text())
          .isEqualTo(expected.speaker());
    }
    assertThat(map.claims().stream().filter(c -> c.kind() == ClaimKind.DIRECT)).hasSize(10);
  }
}
