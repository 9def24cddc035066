package io.github.debatestance.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

  private static TimelineChart.Dot dot(LocalDate date, Stance stance) {
    return new TimelineChart.Dot(date, stance, 2, "tip");
  }

  @Test
  void firstAndLastDatesMarkTheEndsAndEveryAppearanceIsADot() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    LocalDate last = LocalDate.of(2024, 12, 31);
    String svg =
        TimelineChart.render(
            List.of(
                new TimelineChart.Row("Ada", List.of(dot(first, Stance.PRO_OPEN_SOURCE),
                    dot(last, Stance.NEUTRAL))),
                new TimelineChart.Row("Corvane <AI>", List.of(dot(last, Stance.PRO_SAFETY_CLOSED)))));

    assertThat(svg).contains(">2024-01-01</text>").contains(">2024-12-31</text>");
    assertThat(svg.split("<circle class=\"appearance ", -1)).hasSize(4);
    assertThat(svg).contains("appearance s-open").contains("appearance s-closed");
    assertThat(svg).contains("Corvane &lt;AI&gt;");
  }

  @Test
  void oneDateOnlyGetsOneTickAndCentredDots() {
    LocalDate day = LocalDate.of(2024, 6, 1);

    String svg =
        TimelineChart.render(List.of(new TimelineChart.Row("Ada", List.of(dot(day, Stance.NEUTRAL)))));

    assertThat(svg.split("class=\"tick\"", -1)).hasSize(2);
    assertThat(svg).contains("cx=\"590.0\"");
  }

  @Test
  void timelineWithoutDatedAppearancesIsRefused() {
    assertThatThrownBy(() -> TimelineChart.render(List.of(new TimelineChart.Row("Ada", List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a timeline needs at least one dated appearance");
  }
}
