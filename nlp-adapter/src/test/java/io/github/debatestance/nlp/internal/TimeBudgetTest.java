package io.github.debatestance.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.debatestance.core.api.AnalysisException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The deadline's two ways of stopping work, without any model. */
class TimeBudgetTest {

  @Test
  void deadlineInterruptsTheWorkingThreadAndClosingTakesTheInterruptBack() throws Exception {
    TimeBudget budget = new TimeBudget(Duration.ofMillis(50));
    boolean interrupted = false;
    try (Deadline deadline = budget.start("doc", 1)) {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted = true;
      }
      assertThat(deadline.expired()).isTrue();
      assertThatThrownBy(deadline::check)
          .isInstanceOf(AnalysisException.class)
          .hasMessage("document doc ran out of its time budget of 50 ms; the analysis was stopped");
      // As if the deadline's interrupt were still pending, unseen by the work: close clears it.
      Thread.currentThread().interrupt();
    }
    assertThat(interrupted).isTrue();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void deadlineClosedInTimeNeverInterrupts() throws Exception {
    TimeBudget budget = new TimeBudget(Duration.ofMillis(100));
    try (Deadline deadline = budget.start("doc", 1)) {
      deadline.check();
    }
    Thread.sleep(300);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void longDocumentGetsTheBudgetOncePerChunk() {
    TimeBudget budget = new TimeBudget(Duration.ofSeconds(60));
    try (Deadline deadline = budget.start("long", 3)) {
      assertThat(deadline.outOfTime(null)).hasMessageContaining("time budget of 180 s");
    }
  }

  @Test
  void budgetMustBePositive() {
    assertThatThrownBy(() -> new TimeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget=PT0S");
  }
}
