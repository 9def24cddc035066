package io.github.debatestance.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.api.Document;
import io.github.debatestance.core.model.Claim;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/**
 * How news points back to, or ahead to, a speaker: a pronoun or a role noun that stands for an
 * actor the text has just quoted, and a role that a lead names before the person who holds it.
 * Each on a short text written for this test.
 */
class SpeakerReferencePatternsTest {

  private static DebateMap analyze(String text) {
    return SharedAnalyzer.get().analyze(new Document("test", text));
  }

  private static String speakerOf(DebateMap map, String claimStart) {
    Claim claim =
        map.claims().stream()
            .filter(c -> c.text().startsWith(claimStart))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no claim starting " + claimStart));
    return claim.speaker() == null ? null : claim.speaker().name();
  }

  @Test
  void pronounAfterAQuotedCompanyStandsForThatCompanyNotANameBetween() {
    DebateMap map =
        analyze(
            "Brightwater Systems released its new model, Osprey, on Thursday. According to the"
                + " firm's own benchmarks, Osprey matches the best closed systems.\n\n"
                + "\"Osprey passed every safety test we run before release,\" the company said in"
                + " a statement. It said it would publish its test suite before the end of the"
                + " year.");
    assertThat(speakerOf(map, "it would publish")).isEqualTo("Brightwater Systems");
  }

  @Test
  void companyThatSpeaksAgainIsTheOrganisationThatSpokeBefore() {
    DebateMap map =
        analyze(
            "MILAN - Veltro AI, a three-year-old start-up that sells models to hospitals, said on"
                + " Monday it had raised $90 million in a round led by the investment group"
                + " Castellan Partners.\n\n"
                + "\"We will keep every model we train open to inspection,\" the company said in"
                + " a statement.");
    assertThat(speakerOf(map, "We will keep")).isEqualTo("Veltro AI");
  }

  @Test
  void roleThatOpensALeadIsThePersonTheNextSentenceGivesIt() {
    DebateMap map =
        analyze(
            "The chief executive of Halden Robotics has told engineers that the firm will stop"
                + " selling its largest arm to the military.\n\n"
                + "The letter, sent on Friday by chief executive Ada Brennan to about 900 staff,"
                + " says the decision is final.");
    assertThat(speakerOf(map, "the firm will stop")).isEqualTo("Ada Brennan");
  }

  @Test
  void sourceNamedByAccordingToAfterAClauseIsLeftOutOfTheClaim() {
    DebateMap map =
        analyze(
            "Senator Tomas Reyes told donors that the bill would pass by the summer, according to"
                + " two people who attended the dinner.");
    assertThat(map.claims())
        .extracting(Claim::text)
        .contains("the bill would pass by the summer");
    assertThat(speakerOf(map, "the bill would pass")).isEqualTo("Tomas Reyes");
  }
}
