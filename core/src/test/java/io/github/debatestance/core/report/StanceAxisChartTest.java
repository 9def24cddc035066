package io.github.debatestance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.debatestance.core.model.Stance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceAxisChartTest {

  private static StanceAxisChart.Point point(String name, Stance stance, double confidence,
      int claims) {
    return new StanceAxisChart.Point(name, name, "detail " + claims, stance, confidence, claims,
        name);
  }

  @Test
  void sideAIsLeftNeutralInTheMiddleAndSideBRightFurtherOutWithConfidence() {
    double centre = (StanceAxisChart.PLOT_LEFT + StanceAxisChart.PLOT_RIGHT) / 2;

    assertThat(StanceAxisChart.x(Stance.PRO_OPEN_SOURCE, 1.0)).isEqualTo(StanceAxisChart.PLOT_LEFT);
    assertThat(StanceAxisChart.x(Stance.PRO_SAFETY_CLOSED, 1.0))
        .isEqualTo(StanceAxisChart.PLOT_RIGHT);
    assertThat(StanceAxisChart.x(Stance.NEUTRAL, 0.9)).isEqualTo(centre);
    assertThat(StanceAxisChart.x(Stance.PRO_OPEN_SOURCE, 0.8))
        .isLessThan(StanceAxisChart.x(Stance.PRO_OPEN_SOURCE, 0.4))
        .isLessThan(centre);
    assertThat(StanceAxisChart.x(Stance.PRO_SAFETY_CLOSED, 0.8))
        .isGreaterThan(StanceAxisChart.x(Stance.PRO_SAFETY_CLOSED, 0.4))
        .isGreaterThan(centre);
  }

  @Test
  void dotAreaGrowsWithClaims() {
    assertThat(StanceAxisChart.radius(1, 9)).isLessThan(StanceAxisChart.radius(4, 9));
    assertThat(StanceAxisChart.radius(4, 9)).isLessThan(StanceAxisChart.radius(9, 9));
    assertThat(StanceAxisChart.radius(0, 0)).isPositive();
  }

  @Test
  void crowdedLabelsNeitherOverlapNorLeaveThePicture() {
    List<StanceAxisChart.Point> points = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      points.add(point("Neutral Commentator Number " + i, Stance.NEUTRAL, 0.5, i));
      points.add(point("Open Voice " + i, Stance.PRO_OPEN_SOURCE, 0.95 - i * 0.01, 1));
      points.add(point("Cautious Institute " + i, Stance.PRO_SAFETY_CLOSED, 0.3 + i * 0.05, 2));
    }

    StanceAxisChart.Layout layout = StanceAxisChart.layout(points, true);

    List<StanceAxisChart.Placed> placed = layout.placed();
    assertThat(placed).hasSize(points.size());
    for (StanceAxisChart.Placed p : placed) {
      assertThat(p.labelX() - p.labelWidth() / 2).isGreaterThanOrEqualTo(0);
      assertThat(p.labelX() + p.labelWidth() / 2).isLessThanOrEqualTo(StanceAxisChart.WIDTH);
      assertThat(p.y()).isLessThan(layout.height());
    }
    for (int i = 0; i < placed.size(); i++) {
      for (int j = i + 1; j < placed.size(); j++) {
        StanceAxisChart.Placed a = placed.get(i);
        StanceAxisChart.Placed b = placed.get(j);
        if (a.y() == b.y()) {
          boolean apart =
              a.labelX() + a.labelWidth() / 2 < b.labelX() - b.labelWidth() / 2
                  || b.labelX() + b.labelWidth() / 2 < a.labelX() - a.labelWidth() / 2;
          assertThat(apart).as("%s and %s", a.point().name(), b.point().name()).isTrue();
        }
      }
    }
    // Ten neutral actors at one place need ten rows.
    assertThat(layout.lanes()).isGreaterThanOrEqualTo(10);
  }
}
