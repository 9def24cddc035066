/**
 * Reads annotated corpora (the {@code NAME.txt} and {@code NAME.gold.json} pairs that the corpus's
 * FORMAT.md describes) and scores a {@link io.github.debatestance.core.api.DebateAnalyzer} against
 * them: claim extraction, attribution, stance and actors.
 *
 * <p>Entry points: {@link io.github.debatestance.core.eval.GoldCorpus#read} and {@link
 * io.github.debatestance.core.eval.Evaluator}.
 */
package io.github.debatestance.core.eval;
