package io.github.debatestance.nlp.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The time each document may take, and the one timer thread that enforces it. The thread is a
 * daemon and ends when no document has been analysed for a while, so an analyzer that is dropped
 * leaves nothing running.
 *
 * <p>Thread-safe: any number of threads may start deadlines at once.
 */
public final class TimeBudget {

  private final Duration budget;
  private final ScheduledThreadPoolExecutor timer;

  public TimeBudget(Duration budget) {
    requireNonNull(budget, "budget");
    checkArgument(
        !budget.isNegative() && !budget.isZero(), "time budget must be positive: budget=%s", budget);
    this.budget = budget;
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "debate-stance-time-budget");
              t.setDaemon(true);
              return t;
            });
    timer.setKeepAliveTime(10, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    // Almost every alarm is cancelled; without this they would pile up in the queue until due.
    timer.setRemoveOnCancelPolicy(true);
  }

  public Duration budget() {
    return budget;
  }

  /**
   * Starts the clock for one document, analysed on the calling thread, which gets the budget once
   * for each of its {@code chunks}.
   */
  public Deadline start(String documentId, int chunks) {
    checkArgument(chunks > 0, "chunks must be positive: chunks=%s", chunks);
    return Deadline.start(documentId, budget.multipliedBy(chunks), timer);
  }

  /** A duration as people read it: "60 s", "250 ms". */
  static String describe(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
