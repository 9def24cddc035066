/**
 * The {@code debate-stance} command-line tool ({@link
 * io.github.debatestance.examples.cli.DebateStanceCli}). Everything else in this package is an
 * implementation detail of the tool.
 */
package io.github.debatestance.examples.cli;
