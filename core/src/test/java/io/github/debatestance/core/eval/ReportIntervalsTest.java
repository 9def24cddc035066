package io.github.debatestance.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bootstrap intervals of a report, from document scores built by hand. */
class ReportIntervalsTest {

  /** A document whose one matched claim was attributed right or wrong, and nothing else. */
  private static DocumentScore document(String id, boolean attributedRight) {
    return new DocumentScore(
        id,
        new ExtractionScore(1, 0, 0),
        ExtractionScore.none(),
        new Ratio(attributedRight ? 1 : 0, 1),
        StanceConfusionMatrix.empty(),
        Calibration.empty(),
        Ratio.none(),
        new Ratio(1, 1),
        Ratio.none(),
        List.of());
  }

  private static EvaluationReport alternating(int documents) {
    List<DocumentScore> scores = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      scores.add(document("d" + i, i % 2 == 0));
    }
    return EvaluationReport.of(scores);
  }

  @Test
  void aMeasureThatVariesBetweenDocumentsGetsARangeAroundItsValue() {
    EvaluationReport report = alternating(20);

    Interval attribution = report.intervals().get("attribution.accuracy");

    assertThat(report.attribution().value()).isEqualTo(0.5);
    assertThat(attribution.low()).isGreaterThan(0.2).isLessThan(0.5);
    assertThat(attribution.high()).isGreaterThan(0.5).isLessThan(0.8);
  }

  @Test
  void aMeasureEqualInEveryDocumentHasNoWidth() {
    Interval found = alternating(20).intervals().get("actors.found");

    assertThat(found).isEqualTo(new Interval(1.0, 1.0));
  }

  @Test
  void theSameScoresGiveTheSameIntervals() {
    assertThat(alternating(12).intervals()).isEqualTo(alternating(12).intervals());
  }

  @Test
  void everyMeasureOfTheTableIsBounded() {
    assertThat(alternating(4).intervals()).containsOnlyKeys(EvaluationReport.MEASURES.keySet());
  }

  @Test
  void oneDocumentHasNothingToResample() {
    EvaluationReport report = alternating(1);

    assertThat(report.intervals()).isEmpty();
  }

  @Test
  void textAndJsonShowTheIntervals() throws Exception {
    EvaluationReport report = alternating(20);
    String range = report.intervals().get("attribution.accuracy").toString();

    assertThat(report.toText())
        .containsPattern("attribution accuracy +0\\.500  " + range + " +10 of 20")
        .contains("percentile bootstrap, 1000 draws of 20 documents");
    JsonNode intervals = new ObjectMapper().readTree(report.toJson()).path("intervals");
    assertThat(intervals.path("level").asDouble()).isEqualTo(0.95);
    assertThat(intervals.path("resamples").asInt()).isEqualTo(1000);
    JsonNode bounds = intervals.path("measures").path("attribution.accuracy");
    assertThat(bounds.get(0).asDouble()).isLessThan(0.5);
    assertThat(bounds.get(1).asDouble()).isGreaterThan(0.5);
  }

  @Test
  void boundsOutOfOrderAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Interval(0.6, 0.4))
        .withMessageContaining("low=0.6, high=0.4");
  }
}
