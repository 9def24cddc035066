package io.github.debatestance.nlp.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.core.aggregation.SpeakerLean;
import io.github.debatestance.core.model.Stance;
import io.github.debatestance.core.model.StanceAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in model on statements written for this test, none of them in the training set. */
class StanceModelTest {

  private static StanceModel model;

  @BeforeAll
  static void train() {
    model = StanceModel.train(DebateDefinition.openSourceAi());
  }

  @Test
  void clearStatementsGetTheirSide() {
    assertThat(model.classify("The code should be open to everyone.").label())
        .isEqualTo(Stance.PRO_OPEN_SOURCE);
    assertThat(model.classify("A few corporations must not control this technology.").label())
        .isEqualTo(Stance.PRO_OPEN_SOURCE);
    assertThat(model.classify("Releasing the weights would hand attackers a dangerous tool.").label())
        .isEqualTo(Stance.PRO_SAFETY_CLOSED);
    assertThat(model.classify("The model must stay closed until its risks are understood.").label())
        .isEqualTo(Stance.PRO_SAFETY_CLOSED);
    assertThat(model.classify("The company was founded in 2016 and has offices in Paris.").label())
        .isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void aNegatedDangerArguesForOpenness() {
    assertThat(model.classify("Public weights are not the real danger.").label())
        .isEqualTo(Stance.PRO_OPEN_SOURCE);
  }

  @Test
  void theMainClauseOfAConcessionDecides() {
    assertThat(
            model.classify("Although sharing models has some benefits, the risk of misuse is too high.")
                .label())
        .isEqualTo(Stance.PRO_SAFETY_CLOSED);
  }

  @Test
  void probabilitiesSumToOneAndConfidenceIsTheWinnersProbability() {
    String claim = "Locking the weights away protects nobody.";
    Map<Stance, Double> p = model.probabilities(claim);
    StanceAssessment a = model.classify(claim);

    assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within());
    assertThat(a.confidence()).isCloseTo(p.get(a.label()), within());
    assertThat(a.confidence()).isGreaterThan(1.0 / 3);
  }

  @Test
  void aSpeakersLeanDecidesBetweenTheSidesAndLeavesNeutralAlone() {
    String hesitant = "That is not a favour to our rivals.";
    Map<Stance, Double> p = model.probabilities(hesitant);
    StanceAssessment alone = model.classify(hesitant);
    StanceAssessment leaned = model.classify(hesitant, 0.75);

    assertThat(model.classify(hesitant, SpeakerLean.NONE)).isEqualTo(alone);
    assertThat(alone.label()).isEqualTo(Stance.PRO_SAFETY_CLOSED);
    assertThat(leaned.label()).isEqualTo(Stance.PRO_OPEN_SOURCE);
    // Odds of three to one for openness, and the two sides keep their summed probability.
    double open = p.get(Stance.PRO_OPEN_SOURCE);
    double closed = p.get(Stance.PRO_SAFETY_CLOSED);
    assertThat(leaned.confidence())
        .isCloseTo((open + closed) * 3 * open / (3 * open + closed), within());

    String fact = "The company was founded in 2016 and has offices in Paris.";
    StanceAssessment factLeaned = model.classify(fact, 0.9);
    assertThat(factLeaned.label()).isEqualTo(Stance.NEUTRAL);
    assertThat(factLeaned.confidence())
        .isCloseTo(model.probabilities(fact).get(Stance.NEUTRAL), within());
  }

  @Test
  void aLeanOutsideTheOpenUnitIntervalIsRefused() {
    assertThatThrownBy(() -> model.classify("Open weights help.", 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openLean=1.0");
  }

  @Test
  void evidenceIsWordsOfTheClaim() {
    String claim = "Open models let anyone audit the code, and secrecy helps no one.";
    StanceAssessment a = model.classify(claim);

    assertThat(a.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(StanceModel.MAX_EVIDENCE);
    assertThat(a.evidence()).allSatisfy(e -> assertThat(claim).contains(e));
  }

  @Test
  void theSameInputGivesTheSameOutputAndRetrainingGivesTheSameModel() {
    String claim = "Staged release gives us time to learn.";
    StanceModel again = StanceModel.train(DebateDefinition.openSourceAi());

    assertThat(model.classify(claim)).isEqualTo(model.classify(claim));
    assertThat(again.classify(claim)).isEqualTo(model.classify(claim));
  }

  @Test
  void emptyTextIsAnswered() {
    assertThat(model.classify("").confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void aSavedModelLoadsBackWithTheSameAnswers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.tsv");
    model.save(file);
    StanceModel loaded = StanceModel.load(file, DebateDefinition.openSourceAi());

    for (String claim :
        List.of(
            "Open weights are a public good.",
            "The release was reckless.",
            "The hearing is on Monday.")) {
      assertThat(loaded.classify(claim)).isEqualTo(model.classify(claim));
    }
    assertThat(loaded.featureCount()).isEqualTo(model.featureCount());
  }

  @Test
  void theBuiltInModelIsCalibratedAndASavedModelKeepsItsTemperature(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("model.tsv");
    model.save(file);

    // Fitted on held-out folds of the training set (measured: 1.27, so the raw model is too sure).
    assertThat(model.temperature()).isBetween(1.0, 2.0);
    assertThat(StanceModel.load(file, DebateDefinition.openSourceAi()).temperature())
        .isEqualTo(model.temperature());
  }

  @Test
  void aModelSavedWithoutATemperatureLoadsUncalibrated(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.tsv");
    model.save(file);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    assertThat(lines.remove(3)).startsWith("temperature\t");
    Files.write(file, lines);

    StanceModel loaded = StanceModel.load(file, DebateDefinition.openSourceAi());

    assertThat(loaded.temperature()).isEqualTo(1.0);
    assertThat(loaded.classify("The release was reckless.").label())
        .isEqualTo(model.classify("The release was reckless.").label());
  }

  @Test
  void aTrainerRefusesASingleCalibrationFold() {
    assertThatThrownBy(() -> new StanceTrainer(0.25, 300, 0.3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calibrationFolds must be 0 or at least 2: calibrationFolds=1");
  }

  @Test
  void aTrainerRefusesANegativePenaltyOnTheReadingsFeatures() {
    assertThatThrownBy(() -> new StanceTrainer(0.25, -1, 300, 0.3, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readingL2 must not be negative: readingL2=-1.0");
  }

  @Test
  void aTrainerGivenOnePenaltyAppliesItToEveryFeature() {
    StanceTrainer trainer = new StanceTrainer(0.5, 300, 0.3, 0);

    assertThat(trainer.readingL2()).isEqualTo(trainer.l2()).isEqualTo(0.5);
  }

  @Test
  void theDefaultTrainerPenalisesTheReadingsFeaturesMoreThanWords() {
    StanceTrainer trainer = StanceTrainer.defaults();

    assertThat(trainer.readingL2()).isGreaterThan(trainer.l2());
    assertThat(trainer.uncalibrated().readingL2()).isEqualTo(trainer.readingL2());
  }

  @Test
  void aModelForAnotherDebateIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.tsv");
    model.save(file);

    assertThatThrownBy(
            () ->
                StanceModel.load(
                    file, DebateDefinition.fromResources("/io/github/debatestance/nlp/debates/nuclear-power/")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("another debate");
  }

  @Test
  void aFileThatIsNotAModelIsRefusedWithItsName(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello\n");

    assertThatThrownBy(() -> StanceModel.load(file, DebateDefinition.openSourceAi()))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ":1: not a debate-stance model");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
