package io.github.debatestance.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error while a corpus is analysed, or nothing at all. It is drawn only
 * where a person watches: by default when the JVM runs in a terminal, never into a file or a pipe,
 * where its carriage returns would be noise. Messages printed through it first clear the bar's
 * line, so that an error line never ends up glued to the bar.
 *
 * <p>Thread-safe: the bar redraws itself from a thread of its own, and every write to standard
 * error goes through one lock.
 */
final class ProgressDisplay implements AutoCloseable {

  private static final int WIDTH = 80;

  private final PrintWriter err;
  private final ProgressBar bar;
  private int drawn;

  private ProgressDisplay(PrintWriter err, long total, boolean shown) {
    this.err = requireNonNull(err, "err");
    this.bar =
        shown
            ? new ProgressBarBuilder()
                .setTaskName("Analysing")
                .setInitialMax(total)
                .setUnit(" docs", 1)
                .setUpdateIntervalMillis(500)
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, WIDTH))
                .build()
            : null;
  }

  /** Whether a person is likely watching standard error: the JVM has a console. */
  static boolean terminalAttached() {
    return System.console() != null;
  }

  /**
   * A display of {@code total} documents on {@code err}.
   *
   * @param shown whether to draw the bar; without it, the display only prints messages
   */
  static ProgressDisplay start(PrintWriter err, long total, boolean shown) {
    return new ProgressDisplay(err, total, shown);
  }

  /** Whether a bar is drawn. */
  boolean isShown() {
    return bar != null;
  }

  /** One more document is done, analysed or failed. */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  /** Prints a whole line on standard error, above the bar. */
  void println(String line) {
    synchronized (this) {
      clear();
      err.println(line);
      err.flush();
    }
    if (bar != null) {
      bar.refresh();
    }
  }

  private void draw(String rendered) {
    synchronized (this) {
      clear();
      err.print(rendered);
      err.flush();
      drawn = rendered.length();
    }
  }

  private void clear() {
    if (drawn > 0) {
      err.print('\r' + " ".repeat(drawn) + '\r');
      drawn = 0;
    }
  }

  /** Takes the bar off the screen. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      synchronized (this) {
        clear();
        err.flush();
      }
    }
  }
}
