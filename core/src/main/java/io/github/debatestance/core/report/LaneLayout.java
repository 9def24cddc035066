package io.github.debatestance.core.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Puts horizontal boxes into rows (lanes) so that no two boxes of one lane come closer than a gap:
 * how the stance chart keeps its labels from overlapping. Boxes are taken from left to right and
 * each goes into the first lane with room, which fills the upper lanes first and uses the fewest
 * lanes that intervals allow.
 *
 * <p>Stateless and thread-safe.
 */
final class LaneLayout {

  /** A horizontal extent, {@code left <= right}. */
  record Box(double left, double right) {
    Box {
      checkArgument(left <= right, "left must not be larger than right: left=%s, right=%s", left,
          right);
    }
  }

  private LaneLayout() {}

  /** The lane of each box, in the order of the boxes; lane 0 is the first. */
  static List<Integer> assign(List<Box> boxes, double gap) {
    requireNonNull(boxes, "boxes");
    checkArgument(gap >= 0, "gap must not be negative: gap=%s", gap);
    Integer[] lanes = new Integer[boxes.size()];
    List<Double> laneEnds = new ArrayList<>();
    List<Integer> order =
        IntStream.range(0, boxes.size())
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> boxes.get(i).left()))
            .toList();
    for (int i : order) {
      Box box = boxes.get(i);
      int lane = 0;
      while (lane < laneEnds.size() && laneEnds.get(lane) + gap > box.left()) {
        lane++;
      }
      if (lane == laneEnds.size()) {
        laneEnds.add(box.right());
      } else {
        laneEnds.set(lane, box.right());
      }
      lanes[i] = lane;
    }
    return List.of(lanes);
  }
}
