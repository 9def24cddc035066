package io.github.debatestance.nlp.stance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Stance;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims written for the project and kept out of training, on which the shipped model must hold
 * its accuracy: a second measure of how it generalises, beside the development corpus, and one
 * that needs no CoreNLP. Each set was written by someone who had read neither the training
 * statements nor the development articles:
 *
 * <ul>
 *   <li>{@code regulation.jsonl}, 60 claims on regulation and innovation, where arguments against
 *       controls on models use the vocabulary of caution ("rules must not stifle ...");
 *   <li>{@code broad.jsonl}, 90 claims across the debate's themes and registers;
 *   <li>{@code balanced.jsonl}, 70 claims on the border of {@code NEUTRAL}: balanced contrasts,
 *       withheld verdicts, distinctions, personal statements, plain reports and denials of a
 *       motive (34), and partisan claims dressed as balance or fact (36). The kinds were chosen
 *       from the errors the model makes on the development corpus, so this set is less blind
 *       than the others: its writer had not read those articles, but was told the kinds, and
 *       two claims that came out close to development claims were dropped.
 * </ul>
 */
class HeldOutProbesTest {

  private static final DebateDefinition DEBATE = DebateDefinition.openSourceAi();
  private static StanceModel model;

  @BeforeAll
  static void loadModel() {
    model = StanceModel.forDebate(DEBATE);
  }

  private static List<LabelledStatement> probes(String name) throws IOException {
    String resource = "probes/" + name;
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(
                HeldOutProbesTest.class.getResourceAsStream(resource), resource),
            UTF_8)) {
      return TrainingData.read(in, resource, DEBATE);
    }
  }

  private static double accuracy(List<LabelledStatement> probes) {
    long right =
        probes.stream().filter(p -> model.classify(p.text()).label() == p.label()).count();
    return (double) right / probes.size();
  }

  @Test
  void argumentsAboutRegulationAreReadForTheirSide() throws IOException {
    List<LabelledStatement> probes = probes("regulation.jsonl");

    assertThat(probes).hasSize(60);
    // Measured: 54 of 60 (0.900); 48 of 60 before the statements on regulation joined training.
    assertThat(accuracy(probes)).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void claimsAcrossTheDebateAreReadForTheirSide() throws IOException {
    List<LabelledStatement> probes = probes("broad.jsonl");

    assertThat(probes).hasSize(90);
    assertThat(probes).extracting(LabelledStatement::label).contains(Stance.values());
    // Measured: 78 of 90 (0.867); 76 of 90 before the statements on regulation joined training.
    assertThat(accuracy(probes)).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void claimsOnTheBorderOfNeutralAreReadForTheirSide() throws IOException {
    List<LabelledStatement> probes = probes("balanced.jsonl");

    assertThat(probes).hasSize(70);
    // Measured: 56 of 70 (0.800); 22 of the 34 neutral claims are read as neutral.
    assertThat(accuracy(probes)).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void noProbeEchoesATrainingStatement() throws IOException {
    Set<List<String>> trainingRuns = new HashSet<>();
    for (LabelledStatement s : DEBATE.trainingStatements()) {
      trainingRuns.addAll(WordRuns.of(s.text()));
    }
    List<String> echoes = new ArrayList<>();
    for (String set : List.of("regulation.jsonl", "broad.jsonl", "balanced.jsonl")) {
      for (LabelledStatement p : probes(set)) {
        WordRuns.of(p.text()).stream()
            .filter(trainingRuns::contains)
            .findFirst()
            .ifPresent(run -> echoes.add(String.join(" ", run) + "  <-  " + p.text()));
      }
    }

    assertThat(echoes).as("probes that echo a training statement").isEmpty();
  }
}
