/**
 * Reports for people: {@link io.github.debatestance.core.report.HtmlReport} renders a debate map
 * or a corpus map as one self-contained HTML page, with the actors placed on the stance axis.
 */
package io.github.debatestance.core.report;
