package io.github.debatestance.core.report;

import static io.github.debatestance.core.report.Markup.coordinate;
import static io.github.debatestance.core.report.Markup.escape;
import static java.util.Objects.requireNonNull;

import io.github.debatestance.core.model.Stance;
import java.time.LocalDate;
import java.util.List;

/**
 * The corpus timeline: an inline SVG with one row per actor and one dot per dated document they
 * speak in, coloured by the stance they took there and sized by their claims in it.
 *
 * <p>Stateless and thread-safe.
 */
final class TimelineChart {

  /** One appearance on the timeline. */
  record Dot(LocalDate date, Stance stance, int claims, String tooltip) {
    Dot {
      requireNonNull(date, "date");
      requireNonNull(stance, "stance");
      requireNonNull(tooltip, "tooltip");
    }
  }

  /** One actor's row. */
  record Row(String name, List<Dot> dots) {
    Row {
      requireNonNull(name, "name");
      dots = List.copyOf(dots);
    }
  }

  private static final double WIDTH = 1000;
  private static final double LEFT = 210;
  private static final double RIGHT = 970;
  private static final double TOP = 34;
  private static final double ROW_HEIGHT = 26;
  private static final int TICKS = 5;
  private static final int NAME_CHARS = 28;

  private TimelineChart() {}

  /** The SVG element; {@code rows} must hold at least one dot. */
  static String render(List<Row> rows) {
    LocalDate first = null;
    LocalDate last = null;
    for (Row row : rows) {
      for (Dot dot : row.dots()) {
        first = first == null || dot.date().isBefore(first) ? dot.date() : first;
        last = last == null || dot.date().isAfter(last) ? dot.date() : last;
      }
    }
    if (first == null) {
      throw new IllegalArgumentException("a timeline needs at least one dated appearance");
    }
    long from = first.toEpochDay();
    long span = last.toEpochDay() - from;
    double height = TOP + rows.size() * ROW_HEIGHT + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(coordinate(WIDTH)).append(' ')
        .append(coordinate(height)).append("\" role=\"img\" aria-label=\"timeline of appearances\">\n");
    int ticks = span == 0 ? 1 : TICKS;
    for (int i = 0; i < ticks; i++) {
      long day = span == 0 ? from : from + Math.round((double) span * i / (ticks - 1));
      double x = x(day, from, span);
      svg.append("<line class=\"grid\" x1=\"").append(coordinate(x)).append("\" x2=\"")
          .append(coordinate(x)).append("\" y1=\"").append(coordinate(TOP - 6)).append("\" y2=\"")
          .append(coordinate(height - 6)).append("\"/>\n")
          .append("<text class=\"tick\" x=\"").append(coordinate(x)).append("\" y=\"")
          .append(coordinate(TOP - 12)).append("\" text-anchor=\"")
          .append(i == 0 && ticks > 1 ? "start" : i == ticks - 1 && ticks > 1 ? "end" : "middle")
          .append("\">").append(LocalDate.ofEpochDay(day)).append("</text>\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double y = TOP + r * ROW_HEIGHT + ROW_HEIGHT / 2;
      svg.append("<line class=\"row-rule\" x1=\"").append(coordinate(LEFT)).append("\" x2=\"")
          .append(coordinate(RIGHT)).append("\" y1=\"").append(coordinate(y)).append("\" y2=\"")
          .append(coordinate(y)).append("\"/>\n");
      svg.append("<text class=\"row-name\" x=\"").append(coordinate(LEFT - 14)).append("\" y=\"")
          .append(coordinate(y + 4)).append("\" text-anchor=\"end\">")
          .append(escape(shortened(row.name()))).append("</text>\n");
      if (row.dots().isEmpty()) {
        continue;
      }
      long rowFirst = row.dots().stream().mapToLong(d -> d.date().toEpochDay()).min().orElseThrow();
      long rowLast = row.dots().stream().mapToLong(d -> d.date().toEpochDay()).max().orElseThrow();
      svg.append("<line class=\"row-line\" x1=\"").append(coordinate(x(rowFirst, from, span)))
          .append("\" x2=\"").append(coordinate(x(rowLast, from, span))).append("\" y1=\"")
          .append(coordinate(y)).append("\" y2=\"").append(coordinate(y)).append("\"/>\n");
      for (Dot dot : row.dots()) {
        double radius = Math.min(10, 4 + 1.5 * Math.sqrt(dot.claims()));
        svg.append("<circle class=\"appearance ").append(Markup.stanceClass(dot.stance()))
            .append("\" cx=\"").append(coordinate(x(dot.date().toEpochDay(), from, span)))
            .append("\" cy=\"").append(coordinate(y)).append("\" r=\"").append(coordinate(radius))
            .append("\"><title>").append(escape(dot.tooltip())).append("</title></circle>\n");
      }
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static double x(long day, long from, long span) {
    return span == 0 ? (LEFT + RIGHT) / 2 : LEFT + (RIGHT - LEFT) * (day - from) / span;
  }

  private static String shortened(String name) {
    return name.length() <= NAME_CHARS ? name : name.substring(0, NAME_CHARS - 1).strip() + "\u2026";
  }
}
