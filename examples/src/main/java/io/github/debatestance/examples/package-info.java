/**
 * Runnable examples of the debate-stance library: {@link
 * io.github.debatestance.examples.SampleAnalysis}, a short main that analyses a bundled article,
 * and {@link io.github.debatestance.examples.TextReport}, which renders a debate map for people to
 * read.
 */
package io.github.debatestance.examples;
