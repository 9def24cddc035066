package io.github.debatestance.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.debatestance.nlp.CoreNlpDebateAnalyzer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The analyzers of this JVM, one per {@link AnalyzerOptions}, each built on first use and kept for
 * the life of the JVM.
 *
 * <p>An analyzer holds about 1 GB of CoreNLP models and takes seconds to build, so an executor must
 * build it once and share it among all its task threads, across partitions and jobs, rather than
 * once per task. It cannot travel in a Spark closure either: it is not serialisable, and shipping a
 * gigabyte per task would defeat the point. This holder is therefore the project's one piece of
 * static mutable state, and it is keyed by the options, so that two jobs in one JVM with different
 * settings never share an analyzer by mistake.
 *
 * <p>Thread-safe: concurrent callers with the same options wait for one build and get the same
 * analyzer, which is itself thread-safe.
 */
public final class ExecutorAnalyzers {

  /*
   * The map holds memoising suppliers rather than analyzers: computeIfAbsent must stay quick, as it
   * may lock other keys, while the slow build runs under the supplier's own lock. A build that
   * throws is not memoised, so a later task tries again.
   */
  private static final ConcurrentMap<AnalyzerOptions, Supplier<CoreNlpDebateAnalyzer>> ANALYZERS =
      new ConcurrentHashMap<>();

  private ExecutorAnalyzers() {}

  /**
   * This JVM's analyzer for the given options, built now if it is the first call with them.
   *
   * @throws NullPointerException if {@code options} is null
   */
  public static CoreNlpDebateAnalyzer get(AnalyzerOptions options) {
    requireNonNull(options, "options");
    return ANALYZERS.computeIfAbsent(options, o -> Suppliers.memoize(o::build)).get();
  }
}
