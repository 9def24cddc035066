package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.api.AnalysisException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time budget of one analysis call, enforced in two ways. The call {@link #check() checks} it
 * between steps; and when it runs out, a timer interrupts the analysing thread, which CoreNLP's
 * annotators notice between sentences and answer with {@code RuntimeInterruptedException}. So the
 * work really stops within about one sentence, instead of running on unseen in the background.
 * {@link #close()} takes back an interrupt that the deadline delivered, so the caller's thread
 * leaves the call as it entered it.
 *
 * <p>Belongs to the thread that started it; only the timer touches it from elsewhere, under its
 * lock.
 */
public final class Deadline implements AutoCloseable {

  private final String documentId;
  private final Duration budget;
  private final long endNanos;
  private final Thread worker;
  private final ScheduledFuture<?> alarm;
  // Guarded by this.
  private boolean finished;
  private boolean interrupted;

  private Deadline(
      String documentId, Duration budget, Thread worker, ScheduledExecutorService timer) {
    this.documentId = documentId;
    this.budget = budget;
    this.worker = worker;
    this.endNanos = System.nanoTime() + budget.toNanos();
    this.alarm = timer.schedule(this::ring, budget.toNanos(), TimeUnit.NANOSECONDS);
  }

  static Deadline start(String documentId, Duration budget, ScheduledExecutorService timer) {
    return new Deadline(documentId, budget, Thread.currentThread(), timer);
  }

  private synchronized void ring() {
    if (!finished) {
      interrupted = true;
      worker.interrupt();
    }
  }

  /** Whether the budget has run out. */
  public boolean expired() {
    return System.nanoTime() - endNanos >= 0;
  }

  /**
   * Throws the out-of-time failure if the budget has run out.
   *
   * @throws AnalysisException naming the document and the budget
   */
  public void check() {
    if (expired()) {
      throw outOfTime(null);
    }
  }

  /** The failure to report when the budget ran out; {@code cause} is what stopped the work, if any. */
  public AnalysisException outOfTime(Throwable cause) {
    return new AnalysisException(
        "document " + documentId + " ran out of its time budget of "
            + TimeBudget.describe(budget) + "; the analysis was stopped",
        cause);
  }

  /** Stops the timer and clears the interrupt it may have delivered to this thread. */
  @Override
  public void close() {
    alarm.cancel(false);
    synchronized (this) {
      finished = true;
      if (interrupted) {
        Thread.interrupted();
      }
    }
  }
}
