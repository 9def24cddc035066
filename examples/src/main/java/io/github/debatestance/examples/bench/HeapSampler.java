package io.github.debatestance.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap in the background and keeps the highest use seen since the last reset, above
 * what was in use at the reset: what one route added, not what an earlier route left behind.
 * Sampling misses short peaks between samples, so the figure is a close lower bound.
 *
 * <p>Thread-safe.
 */
final class HeapSampler implements AutoCloseable {

  private static final long INTERVAL_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private volatile long floor;
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Collects garbage, then starts a new peak from the heap in use now. */
  void reset() {
    System.gc();
    floor = memory.getHeapMemoryUsage().getUsed();
    peak.set(floor);
  }

  /** The highest heap use since the reset, less what was in use at the reset. */
  long peakBytes() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    return peak.get() - floor;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
