package io.github.debatestance.nlp;

import static io.github.debatestance.nlp.ShortTexts.analyze;
import static io.github.debatestance.nlp.ShortTexts.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.ClaimKind;
import io.github.debatestance.core.model.DebateMap;
import org.junit.jupiter.api.Test;

/**
 * Attribution in house styles and layouts that ordinary English news rarely uses (other quotation
 * marks, dialogue dashes, headlines, press releases, live blogs), each on a short text written for
 * this test.
 */
class StylePatternsTest {

  @Test
  void guillemetsSetOffDirectQuotations() {
    DebateMap map =
        analyze(
            "Camille Fournier rejected the plan on Tuesday. \u00AB Open weights are the only audit"
                + " anyone can run, \u00BB she said. \u00AB A licence would hand the market to"
                + " three firms. \u00BB\n\n"
                + "\u00ABPublishing a capable model cannot be undone,\u00BB Lucas Renard told the"
                + " committee.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights")).isEqualTo("Camille Fournier");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "A licence")).isEqualTo("Camille Fournier");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Publishing")).isEqualTo("Lucas Renard");
  }

  @Test
  void sentenceOpenedByAnAsClauseOfSayingIsTheSpeakersClaim() {
    DebateMap map =
        analyze(
            "The review covers a decade of releases.\n\n"
                + "As Henrike Vollmer pointed out, closed models have failed outside audits too."
                + "\n\nAs expected, the lab published its weights on Monday.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "closed models have failed"))
        .isEqualTo("Henrike Vollmer");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("published its weights"));
  }

  @Test
  void pressReleaseDatelineWithItsDateSetOffByDashesIsNoClaim() {
    DebateMap map =
        analyze(
            "OAKDALE, Calif. \u2014 June 2, 2027 \u2014 Brightwater AI today announced that it"
                + " will release its largest models only after outside safety testing.");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("June"));
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "it will release")).isEqualTo("Brightwater AI");
  }

  @Test
  void pronounAfterASurnameAloneAtTheHeadOfASentencePointsToThatPerson() {
    DebateMap map =
        analyze(
            "Kwabena Asamoah runs a small lab in Kumasi.\n\n"
                + "Tanaka said both positions were reasonable.\n\n"
                + "Asamoah came back to the point. \"Open weights are the only guarantee small labs"
                + " have,\" he said.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Open weights")).isEqualTo("Kwabena Asamoah");
  }

  @Test
  void lineOpenedByANameAndAColonIsThatActorsClaim() {
    DebateMap map =
        analyze(
            "Ferreira: secrecy will hand the market to three firms\n\n"
                + "Kestrel AI's chief executive, Dana Ferreira, defended the company's decision to"
                + " publish its model weights on Wednesday.\n\n"
                + "10:15 Brandt: staged release is the only responsible path for the largest"
                + " systems.\n\n"
                + "- **Priya Natarajan** (Halden Institute): open weights are \"the cheapest audit"
                + " anyone has invented.\"\n\n"
                + "Update: the session resumes at noon after a short break.\n\n"
                + "Wilhelm Brandt chairs the safety board.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "secrecy will hand")).isEqualTo("Dana Ferreira");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "staged release")).isEqualTo("Wilhelm Brandt");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "the cheapest audit"))
        .isEqualTo("Priya Natarajan");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("session resumes"));
  }

  @Test
  void appositiveAfterAnOpeningAccordingToIsNoPartOfTheClaim() {
    DebateMap map =
        analyze(
            "According to Priya Shah, Brightwater's head of policy, the company will keep"
                + " publishing the weights of its smaller models.\n\n"
                + "According to Tomas Lindgren, who chairs the safety board, the audit was rushed."
                + "\n\nAccording to Ana Ruiz, the plan, which was drafted in May, will fail.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the company will keep")).isEqualTo("Priya Shah");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the audit was rushed"))
        .isEqualTo("Tomas Lindgren");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the plan, which was drafted in May"))
        .isEqualTo("Ana Ruiz");
  }

  @Test
  void openingOpenBeforeANounIsTheSubjectsAdjectiveNotAnImperative() {
    DebateMap map =
        analyze(
            "The forum ended late.\n\n"
                + "Open weights keep the whole industry honest, Tiago Moreira said on Monday.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Open weights keep")).isEqualTo("Tiago Moreira");
  }

  @Test
  void dialogueDashOpensWordsThatTheInvertedCueAfterThemAttributes() {
    DebateMap map =
        analyze(
            "The two founders met on stage on Thursday.\n\n"
                + "\u2014 Open weights are the only way to keep this industry honest, said Tiago"
                + " Moreira, who runs the Faro Collective.\n\n"
                + "\u2014 You will never find the flaws alone, Moreira said.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "Open weights are")).isEqualTo("Tiago Moreira");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "You will never")).isEqualTo("Tiago Moreira");
  }

  @Test
  void cueInOneListItemDoesNotReachTheQuotationThatEndsTheItemAbove() {
    DebateMap map =
        analyze(
            "Who said what this week:\n\n"
                + "- **Dana Ferreira** (Kestrel AI): open weights are \"the cheapest audit anyone"
                + " has built.\"\n"
                + "- **Wilhelm Brandt**, of the safety board, said regulators must be able to halt"
                + " any release.\n"
                + "- Tomas Kowal argued that licensing would crush small labs.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "the cheapest audit")).isEqualTo("Dana Ferreira");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "regulators must")).isEqualTo("Wilhelm Brandt");
  }
  @Test
  void eachLineOfAListOfHeadlinesIsASentenceOfItsOwn() {
    DebateMap map =
        analyze(
            "In the papers this morning\n\n"
                + "Halden Institute warns open weights could aid attackers\n"
                + "Varga says staged release protects nobody but the incumbents\n"
                + "Northwind keeps its largest model behind an interface\n\n"
                + "Miklos Varga leads the Budapest Open Compute group.");

    assertThat(speakerOf(map, ClaimKind.INDIRECT, "staged release protects nobody"))
        .isEqualTo("Miklos Varga");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("incumbents Northwind"));
  }

  @Test
  void pressReleaseDatelineWithAProvinceWrittenInFullIsNoClaim() {
    DebateMap map =
        analyze(
            "MARROWBY, Saskatchewan \u2014 April 9, 2027 \u2014 Tallgrass Labs today said that it"
                + " will publish the weights of its translation models.");
    assertThat(map.claims()).noneMatch(c -> c.text().contains("April"));
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "it will publish")).isEqualTo("Tallgrass Labs");
  }

  @Test
  void possessiveBeforeAHeadlineLabelPlacesTheSpeakerNamedAfterIt() {
    DebateMap map =
        analyze(
            "Brightwater's Okonjo: licensing would shut out every university lab\n\n"
                + "Adaeze Okonjo, the policy lead at Brightwater, spoke at the forum.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "licensing would")).isEqualTo("Adaeze Okonjo");
  }

  @Test
  void doubleSurnameJoinedByAHyphenIsOneName() {
    DebateMap map =
        analyze(
            "\"Nobody has shown that a published model caused real harm,\" added Ilse"
                + " Vandermeer-Quist, a researcher at the Saltmarsh Institute.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Nobody has shown")).endsWith("Vandermeer-Quist");
  }

  @Test
  void halfOfAHyphenatedNameIsNoAliasOfItsOwn() {
    DebateMap map =
        analyze(
            "T.K. Adeyemi-Laurent, a former regulator, was blunt. \"Release is irreversible,\""
                + " Adeyemi-Laurent said.");
    assertThat(map.actors())
        .singleElement()
        .satisfies(a -> assertThat(a.aliases()).contains("Adeyemi-Laurent").doesNotContain("Laurent"));
  }

  @Test
  void roleThatNoOneHoldsPointsToTheOnePersonNamedJustBefore() {
    DebateMap map =
        analyze(
            "Kofi Mensah did not hold back on Friday. \"A licence to train is a licence to own the"
                + " market,\" the founder of the Accra Model Works told the audience.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "A licence to train")).isEqualTo("Kofi Mensah");
  }

  @Test
  void dialogueInterruptedByTheNarratorBetweenDashesIsTheNamedSpeakersQuotation() {
    DebateMap map =
        analyze(
            "The two researchers disagreed in Seville.\n\n"
                + "\u2014Locking the weights away helps nobody \u2014said Lucia Ferrer, who leads"
                + " the Guadalquivir lab\u2014. Only public models can be checked by anyone.\n\n"
                + "\u2014I see the point \u2014replied Mateo Villalba\u2014, but some abilities"
                + " are too dangerous to hand out.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Locking the weights")).isEqualTo("Lucia Ferrer");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "Only public models")).isEqualTo("Lucia Ferrer");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "I see the point")).isEqualTo("Mateo Villalba");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "but some abilities")).isEqualTo("Mateo Villalba");
  }

  @Test
  void quotationAfterAnAsClauseOfSayingIsItsSpeakers() {
    DebateMap map =
        analyze(
            "The essay surveys a decade of releases.\n\n"
                + "As Thorvaldsen notes, \"no published model has yet been tied to a real"
                + " attack.\" Mette Thorvaldsen teaches security at Aarhus.");
    assertThat(speakerOf(map, ClaimKind.DIRECT, "no published model"))
        .isEqualTo("Mette Thorvaldsen");
  }
  @Test
  void surnameSetInCapitalsBeforeAGivenNameIsShownInTitleCase() {
    DebateMap map =
        analyze(
            "LIU Meixin, who teaches at the Suzhou Institute of Computing, said open models had let"
                + " her students audit a commercial system. Liu added that the vendor fixed the"
                + " flaws within weeks.");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "open models had let")).isEqualTo("Liu Meixin");
    assertThat(speakerOf(map, ClaimKind.INDIRECT, "the vendor fixed")).isEqualTo("Liu Meixin");
  }
}
