/**
 * Stable JSON schemas for the results: {@link io.github.debatestance.core.json.DebateMapJson} for
 * one document's {@link io.github.debatestance.core.model.DebateMap}, and {@link
 * io.github.debatestance.core.json.CorpusMapJson} for a whole corpus's {@link
 * io.github.debatestance.core.model.CorpusMap}. Both write and read.
 */
package io.github.debatestance.core.json;
