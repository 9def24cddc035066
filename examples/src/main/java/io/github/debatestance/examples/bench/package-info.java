/** The benchmark behind the command line's {@code bench}: debate-stance against plain CoreNLP. */
package io.github.debatestance.examples.bench;
