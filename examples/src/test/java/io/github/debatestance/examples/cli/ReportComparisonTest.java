package io.github.debatestance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.debatestance.core.eval.EvaluationReport;
import io.github.debatestance.core.eval.Evaluator;
import io.github.debatestance.core.eval.GoldActor;
import io.github.debatestance.core.eval.GoldClaim;
import io.github.debatestance.core.eval.GoldDocument;
import io.github.debatestance.core.model.Actor;
import io.github.debatestance.core.model.ActorType;
import io.github.debatestance.core.model.Attribution;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import io.github.debatestance.core.model.StanceAssessment;
import io.github.debatestance.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two routes' reports side by side, from maps built by hand; no model loads. */
class ReportComparisonTest {

  private static final String TEXT = "\"Open weights help everyone here,\" Ada Brennan said.";
  private static final GoldDocument GOLD =
      new GoldDocument(
          "doc",
          TEXT,
          List.of(new GoldActor("Ada Brennan", List.of(), ActorType.PERSON, List.of(), null)),
          List.of(
              new GoldClaim(
                  "Open weights help everyone here,", ClaimKind.DIRECT, "Ada Brennan", null)));

  private static RouteReport route(String name, boolean withSpeaker) {
    TextSpan span = new TextSpan(1, TEXT.indexOf('"', 1));
    StanceAssessment neutral = StanceAssessment.neutral(0.5);
    Attribution speaker = withSpeaker ? new Attribution("a1", "Ada Brennan", 0.9) : null;
    List<Actor> actors =
        withSpeaker
            ? List.of(
                new Actor("a1", "Ada Brennan", List.of(), ActorType.PERSON, List.of(), neutral))
            : List.of();
    DebateMap map =
        new DebateMap(
            "doc",
            actors,
            List.of(
                new Claim("c1", ClaimKind.DIRECT, span.of(TEXT), span, speaker, "said", neutral)));
    EvaluationReport report = EvaluationReport.of(List.of(new Evaluator().score(GOLD, map)));
    return new RouteReport(name, report, 0, 1.0, 2.0);
  }

  @Test
  void textShowsEachRouteInItsOwnColumnWithCounts() {
    String text = ReportComparison.text(List.of(route("ours", true), route("theirs", false)));

    assertThat(text).contains("evaluation of 1 document, routes side by side");
    assertThat(text.lines().filter(l -> l.startsWith("measure")).findFirst().orElseThrow())
        .contains("ours")
        .contains("theirs");
    String attribution =
        text.lines().filter(l -> l.startsWith("attribution accuracy")).findFirst().orElseThrow();
    assertThat(attribution).containsSubsequence("1.000 (1/1)", "0.000 (0/1)");
    String recall =
        text.lines().filter(l -> l.startsWith("direct recall")).findFirst().orElseThrow();
    assertThat(recall).containsSubsequence("1.000 (1/1)", "1.000 (1/1)");
  }

  @Test
  void jsonHoldsEachRoutesFullReport() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(ReportComparison.json(List.of(route("ours", true), route("theirs", false))));

    assertThat(root.path("routes")).hasSize(2);
    JsonNode ours = root.path("routes").get(0);
    JsonNode theirs = root.path("routes").get(1);
    assertThat(ours.path("route").asText()).isEqualTo("ours");
    assertThat(ours.at("/report/attribution/accuracy").asDouble()).isEqualTo(1.0);
    assertThat(theirs.at("/report/attribution/accuracy").asDouble()).isEqualTo(0.0);
    assertThat(theirs.path("analysisSeconds").asDouble()).isEqualTo(2.0);
  }
}
