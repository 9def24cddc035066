package io.github.debatestance.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

  @Test
  void boxesApartShareTheFirstLane() {
    List<LaneLayout.Box> boxes =
        List.of(new LaneLayout.Box(0, 10), new LaneLayout.Box(30, 40), new LaneLayout.Box(60, 70));

    assertThat(LaneLayout.assign(boxes, 5)).containsExactly(0, 0, 0);
  }

  @Test
  void overlappingBoxesGoToTheNextLaneWithRoom() {
    List<LaneLayout.Box> boxes =
        List.of(
            new LaneLayout.Box(0, 50), new LaneLayout.Box(20, 60), new LaneLayout.Box(40, 80),
            new LaneLayout.Box(56, 90));

    // The fourth fits after the first, in the first lane.
    assertThat(LaneLayout.assign(boxes, 5)).containsExactly(0, 1, 2, 0);
  }

  @Test
  void gapCountsAsOverlap() {
    List<LaneLayout.Box> boxes = List.of(new LaneLayout.Box(0, 10), new LaneLayout.Box(12, 20));

    assertThat(LaneLayout.assign(boxes, 5)).containsExactly(0, 1);
    assertThat(LaneLayout.assign(boxes, 2)).containsExactly(0, 0);
  }

  @Test
  void noTwoBoxesOfOneLaneComeCloserThanTheGapForRandomBoxes() {
    Random random = new Random(17);
    for (int round = 0; round < 200; round++) {
      List<LaneLayout.Box> boxes = new ArrayList<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        double left = random.nextDouble() * 900;
        boxes.add(new LaneLayout.Box(left, left + 20 + random.nextDouble() * 150));
      }
      List<Integer> lanes = LaneLayout.assign(boxes, 8);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (lanes.get(i).equals(lanes.get(j))) {
            LaneLayout.Box a = boxes.get(i);
            LaneLayout.Box b = boxes.get(j);
            assertThat(a.right() + 8 <= b.left() || b.right() + 8 <= a.left())
                .as("boxes %s and %s in lane %s", a, b, lanes.get(i))
                .isTrue();
          }
        }
      }
    }
  }

  @Test
  void boxRefusesLeftPastRight() {
    assertThatThrownBy(() -> new LaneLayout.Box(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("left must not be larger than right: left=5.0, right=4.0");
  }
}
