package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.eval.GoldClaim;
import io.github.debatestance.core.eval.GoldCorpus;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.Relation;
import io.github.debatestance.core.model.RelationType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The project's founding example: every quotation of the seed article, with the right speaker, and
 * the relations between its main actors.
 */
class SeedArticleTest {

  private static final String SEED = "musk-openai-open-source-clash";

  private static GoldDocument seed() throws IOException {
    return GoldCorpus.read(SharedCorpus.folder("dev")).stream()
        .filter(g -> g.id().equals(SEED))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyQuotationOfTheSeedArticleIsFoundWithItsSpeaker() throws IOException {
    GoldDocument gold = seed();
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

  @Test
  void lecunSupportsMuskAndAltmanAnswersMusk() throws IOException {
    GoldDocument gold = seed();
    DebateMap map = SharedAnalyzer.get().analyze(new Document(gold.id(), gold.text()));

    List<Relation> stated = map.relations().stream().filter(r -> !r.inferred()).toList();
    assertThat(stated)
        .as("LeCun's support for Musk")
        .anySatisfy(
            r -> {
              assertThat(name(map, r.sourceActorId())).isEqualTo("Yann LeCun");
              assertThat(name(map, r.targetActorId())).isEqualTo("Elon Musk");
              assertThat(r.type()).isEqualTo(RelationType.SUPPORTS);
            });
    assertThat(stated)
        .as("Altman's reply to Musk")
        .anySatisfy(
            r -> {
              assertThat(name(map, r.sourceActorId())).isEqualTo("Sam Altman");
              assertThat(name(map, r.targetActorId())).isEqualTo("Elon Musk");
              assertThat(r.type()).isIn(RelationType.RESPONDS_TO, RelationType.OPPOSES);
            });
    // No stated relation makes either of them support the other side of the clash.
    assertThat(stated)
        .noneSatisfy(
            r -> {
              assertThat(name(map, r.sourceActorId())).isEqualTo("Sam Altman");
              assertThat(r.type()).isEqualTo(RelationType.SUPPORTS);
            });
  }

  private static String name(DebateMap map, String actorId) {
    return map.actor(actorId).map(Actor::name).orElseThrow();
  }
}
