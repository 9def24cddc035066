package io.github.debatestance.core.report;

import static io.github.debatestance.core.report.Markup.coordinate;
import static io.github.debatestance.core.report.Markup.escape;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.RelationType;
import io.github.debatestance.core.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stance chart: an inline SVG that places each actor on the axis from one side of the debate
 * to the other, with relations drawn as arrows between them.
 *
 * <p>An actor's horizontal place is a signed score: the confidence of their overall stance, towards
 * the left for side A, towards the right for side B, and the centre for neutral. Dot area grows
 * with the number of claims. Each dot carries its name and a detail line below it; the labels are
 * put in lanes ({@link LaneLayout}) so that none overlaps another. Relations from left to right bow
 * upwards and those from right to left downwards, so that two opposite relations stay apart.
 *
 * <p>Stateless and thread-safe.
 */
final class StanceAxisChart {

  /** One actor to place. */
  record Point(
      String id, String name, String detail, Stance stance, double confidence, int claimCount,
      String tooltip) {
    Point {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(detail, "detail");
      requireNonNull(stance, "stance");
      requireNonNull(tooltip, "tooltip");
    }
  }

  /** One relation to draw; {@code weight} is how many times it occurs. */
  record Link(
      String sourceId, String targetId, RelationType type, boolean inferred, int weight,
      String tooltip) {
    Link {
      requireNonNull(sourceId, "sourceId");
      requireNonNull(targetId, "targetId");
      requireNonNull(type, "type");
      requireNonNull(tooltip, "tooltip");
    }
  }

  static final double WIDTH = 1000;
  static final double PLOT_LEFT = 70;
  static final double PLOT_RIGHT = 930;
  private static final double LABEL_MARGIN = 8;
  private static final double BAND_TOP = 50;
  private static final double TOP = 72;
  // Room above the first lane and below the last for the arrows' bows, when there are arrows.
  private static final double ARC_ROOM = 34;
  private static final double MIN_RADIUS = 5;
  private static final double MAX_RADIUS = 18;
  private static final double LANE_GAP = 14;
  // Estimated mean glyph widths of the label fonts; SVG text cannot be measured without a browser,
  // and erring wide only spends a little room.
  private static final double NAME_CHAR_WIDTH = 7.6;
  private static final double DETAIL_CHAR_WIDTH = 6.1;
  private static final double NAME_OFFSET = 15;
  private static final double DETAIL_OFFSET = 29;
  private static final double LABEL_HEIGHT = 34;

  private StanceAxisChart() {}

  /** A placed actor: its dot's centre and radius, and its label's centre and width. */
  record Placed(Point point, double x, double y, double radius, double labelX, double labelWidth) {}

  /** Every point placed, with the height the chart needs for its lanes. */
  record Layout(List<Placed> placed, int lanes, double height) {}

  /** The SVG element, sized to its content. */
  static String render(List<Point> points, List<Link> links, StanceNames names) {
    Layout layout = layout(points, !links.isEmpty());
    StringBuilder svg = new StringBuilder();
    // No xmlns: inside an HTML page the parser puts <svg> in its namespace by itself.
    svg.append("<svg class=\"axis-chart\" viewBox=\"0 0 ")
        .append(coordinate(WIDTH)).append(' ').append(coordinate(layout.height()))
        .append("\" role=\"img\" aria-labelledby=\"axis-chart-title\">\n")
        .append("<title id=\"axis-chart-title\">Actors on the stance axis, from ")
        .append(escape(names.of(Stance.PRO_OPEN_SOURCE))).append(" to ")
        .append(escape(names.of(Stance.PRO_SAFETY_CLOSED))).append("</title>\n");
    appendDefinitions(svg);
    appendBackground(svg, layout.height(), names);
    appendLinks(svg, layout, links);
    for (Placed p : layout.placed()) {
      appendDot(svg, p);
    }
    for (Placed p : layout.placed()) {
      appendLabel(svg, p);
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** Where each point goes, in the order of the points, with room for arrows if asked. */
  static Layout layout(List<Point> points, boolean arcRoom) {
    double top = TOP + (arcRoom ? ARC_ROOM : 0);
    int most = points.stream().mapToInt(Point::claimCount).max().orElse(0);
    double biggest = radius(most, most);
    double laneHeight = 2 * biggest + LABEL_HEIGHT + 10;
    List<LaneLayout.Box> boxes = new ArrayList<>();
    List<double[]> geometry = new ArrayList<>();
    for (Point p : points) {
      double x = x(p.stance(), p.confidence());
      double r = radius(p.claimCount(), most);
      double w =
          Math.max(p.name().length() * NAME_CHAR_WIDTH, p.detail().length() * DETAIL_CHAR_WIDTH);
      // Labels near the ends slide inwards rather than leave the picture.
      double labelX = Math.max(LABEL_MARGIN + w / 2, Math.min(WIDTH - LABEL_MARGIN - w / 2, x));
      boxes.add(new LaneLayout.Box(Math.min(x - r, labelX - w / 2), Math.max(x + r, labelX + w / 2)));
      geometry.add(new double[] {x, r, labelX, w});
    }
    List<Integer> lanes = LaneLayout.assign(boxes, LANE_GAP);
    List<Placed> placed = new ArrayList<>();
    int laneCount = 0;
    for (int i = 0; i < points.size(); i++) {
      double[] g = geometry.get(i);
      // Dots of one lane share a centre line, so that a lane reads as one row.
      double y = top + lanes.get(i) * laneHeight + biggest + 4;
      placed.add(new Placed(points.get(i), g[0], y, g[1], g[2], g[3]));
      laneCount = Math.max(laneCount, lanes.get(i) + 1);
    }
    return new Layout(
        placed, laneCount, top + Math.max(1, laneCount) * laneHeight + (arcRoom ? ARC_ROOM : 0));
  }

  /** The signed score's place: side A at the left end, neutral in the middle, side B right. */
  static double x(Stance stance, double confidence) {
    double signed =
        switch (stance) {
          case PRO_OPEN_SOURCE -> -confidence;
          case NEUTRAL -> 0;
          case PRO_SAFETY_CLOSED -> confidence;
        };
    return (PLOT_LEFT + PLOT_RIGHT) / 2 + signed * (PLOT_RIGHT - PLOT_LEFT) / 2;
  }

  /** Dot radius, its area in proportion to the claims, relative to the actor with most. */
  static double radius(int claims, int most) {
    if (most <= 0) {
      return MIN_RADIUS;
    }
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) claims / most);
  }

  private static void appendDefinitions(StringBuilder svg) {
    svg.append("<defs>\n")
        .append("<linearGradient id=\"axis-band\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">")
        .append("<stop offset=\"0\" class=\"stop-open\"/>")
        .append("<stop offset=\"0.5\" class=\"stop-neutral\"/>")
        .append("<stop offset=\"1\" class=\"stop-closed\"/>")
        .append("</linearGradient>\n");
    for (RelationType type : RelationType.values()) {
      svg.append("<marker id=\"arrow-").append(Markup.relationClass(type))
          .append("\" class=\"").append(Markup.relationClass(type))
          .append("\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"9\"")
          .append(" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
          .append("<path d=\"M0,1 L10,5 L0,9 z\"/></marker>\n");
    }
    svg.append("</defs>\n");
  }

  private static void appendBackground(StringBuilder svg, double height, StanceNames names) {
    double centre = (PLOT_LEFT + PLOT_RIGHT) / 2;
    svg.append("<rect class=\"band\" x=\"").append(coordinate(PLOT_LEFT)).append("\" y=\"")
        .append(coordinate(BAND_TOP)).append("\" width=\"")
        .append(coordinate(PLOT_RIGHT - PLOT_LEFT)).append("\" height=\"")
        .append(coordinate(bandBottom(height) - BAND_TOP)).append("\" rx=\"6\"/>\n");
    svg.append("<text class=\"side s-open\" x=\"").append(coordinate(PLOT_LEFT))
        .append("\" y=\"22\" text-anchor=\"start\">\u25C0 ")
        .append(escape(names.of(Stance.PRO_OPEN_SOURCE))).append("</text>\n");
    svg.append("<text class=\"side s-neutral\" x=\"").append(coordinate(centre))
        .append("\" y=\"22\" text-anchor=\"middle\">")
        .append(escape(names.of(Stance.NEUTRAL))).append("</text>\n");
    svg.append("<text class=\"side s-closed\" x=\"").append(coordinate(PLOT_RIGHT))
        .append("\" y=\"22\" text-anchor=\"end\">")
        .append(escape(names.of(Stance.PRO_SAFETY_CLOSED))).append(" \u25B6</text>\n");
    double[] scores = {-1, -0.5, 0, 0.5, 1};
    for (double s : scores) {
      double x = centre + s * (PLOT_RIGHT - PLOT_LEFT) / 2;
      svg.append("<line class=\"").append(s == 0 ? "grid centre" : "grid")
          .append("\" x1=\"").append(coordinate(x)).append("\" x2=\"").append(coordinate(x))
          .append("\" y1=\"").append(coordinate(BAND_TOP)).append("\" y2=\"")
          .append(coordinate(bandBottom(height))).append("\"/>\n");
      svg.append("<text class=\"tick\" x=\"").append(coordinate(x))
          .append("\" y=\"42\" text-anchor=\"middle\">")
          .append(s == 0 ? "0" : Markup.confidence(Math.abs(s)).substring(0, 3))
          .append("</text>\n");
    }
  }

  private static double bandBottom(double height) {
    return height - 4;
  }

  private static void appendLinks(StringBuilder svg, Layout layout, List<Link> links) {
    Map<String, Placed> byId = new HashMap<>();
    for (Placed p : layout.placed()) {
      byId.putIfAbsent(p.point().id(), p);
    }
    // The same relation stated several times is one arrow, thicker.
    Map<List<Object>, Link> merged = new LinkedHashMap<>();
    for (Link link : links) {
      merged.merge(
          List.of(link.sourceId(), link.targetId(), link.type(), link.inferred()),
          link,
          (a, b) -> new Link(a.sourceId(), a.targetId(), a.type(), a.inferred(),
              a.weight() + b.weight(), a.tooltip()));
    }
    svg.append("<g class=\"links\">\n");
    for (Link link : merged.values()) {
      Placed from = byId.get(link.sourceId());
      Placed to = byId.get(link.targetId());
      if (from == null || to == null || from == to) {
        continue;
      }
      appendArc(svg, from, to, link, BAND_TOP + 6, bandBottom(layout.height()) - 6);
    }
    svg.append("</g>\n");
  }

  private static void appendArc(
      StringBuilder svg, Placed from, Placed to, Link link, double minY, double maxY) {
    double dx = to.x() - from.x();
    double dy = to.y() - from.y();
    double d = Math.hypot(dx, dy);
    // The unit normal (dy, -dx) / d points up for a left-to-right arrow and down for its reverse.
    double nx = dy / d;
    double ny = -dx / d;
    double mx = (from.x() + to.x()) / 2;
    double my = (from.y() + to.y()) / 2;
    double bow = 0.3 * d + 12;
    // A quadratic curve's apex lies halfway between the chord's middle and the control point;
    // a lower bow keeps it inside the band.
    if (ny < 0) {
      bow = Math.min(bow, 2 * (my - minY) / -ny);
    } else if (ny > 0) {
      bow = Math.min(bow, 2 * (maxY - my) / ny);
    }
    double cx = mx + nx * bow;
    double cy = my + ny * bow;
    double[] start = towards(from.x(), from.y(), cx, cy, from.radius() + 2);
    double[] end = towards(to.x(), to.y(), cx, cy, to.radius() + 3);
    String cls = Markup.relationClass(link.type());
    double strokeWidth = 1.6 + 0.8 * Math.min(3, link.weight() - 1);
    svg.append("<path class=\"link ").append(cls).append(link.inferred() ? " inferred" : "")
        .append("\" d=\"M").append(coordinate(start[0])).append(',').append(coordinate(start[1]))
        .append(" Q").append(coordinate(cx)).append(',').append(coordinate(cy))
        .append(' ').append(coordinate(end[0])).append(',').append(coordinate(end[1]))
        .append("\" stroke-width=\"").append(coordinate(strokeWidth))
        .append("\" marker-end=\"url(#arrow-").append(cls).append(")\"><title>")
        .append(escape(link.tooltip())).append("</title></path>\n");
  }

  /** The point at distance {@code by} from (x, y) in the direction of (tx, ty). */
  private static double[] towards(double x, double y, double tx, double ty, double by) {
    double d = Math.hypot(tx - x, ty - y);
    if (d == 0) {
      return new double[] {x, y};
    }
    return new double[] {x + (tx - x) / d * by, y + (ty - y) / d * by};
  }

  private static void appendDot(StringBuilder svg, Placed p) {
    svg.append("<circle class=\"dot ").append(Markup.stanceClass(p.point().stance()))
        .append("\" cx=\"").append(coordinate(p.x())).append("\" cy=\"").append(coordinate(p.y()))
        .append("\" r=\"").append(coordinate(p.radius())).append("\"><title>")
        .append(escape(p.point().tooltip())).append("</title></circle>\n");
  }

  private static void appendLabel(StringBuilder svg, Placed p) {
    double top = p.y() + p.radius();
    svg.append("<text class=\"label\" x=\"").append(coordinate(p.labelX())).append("\" y=\"")
        .append(coordinate(top + NAME_OFFSET)).append("\" text-anchor=\"middle\">")
        .append(escape(p.point().name())).append("</text>\n");
    svg.append("<text class=\"detail\" x=\"").append(coordinate(p.labelX())).append("\" y=\"")
        .append(coordinate(top + DETAIL_OFFSET)).append("\" text-anchor=\"middle\">")
        .append(escape(p.point().detail())).append("</text>\n");
  }
}
