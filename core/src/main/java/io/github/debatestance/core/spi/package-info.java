/**
 * The pluggable stages of an analysis. Each is a small interface that an engine module, such as the
 * CoreNLP adapter, implements.
 */
package io.github.debatestance.core.spi;
