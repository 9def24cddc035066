/**
 * The trained stance model: a debate definition (sides, target lexicons, training statements) read
 * as data, target-aware features read from a claim's words, and a linear model over them.
 *
 * <p>Start with {@link io.github.debatestance.nlp.stance.DebateDefinition#openSourceAi()} and
 * {@link io.github.debatestance.nlp.stance.StanceModel#train(DebateDefinition)}.
 */
package io.github.debatestance.nlp.stance;
