/**
 * One stable JSON schema for the {@link io.github.debatestance.core.model.DebateMap}, written and
 * read by {@link io.github.debatestance.core.json.DebateMapJson}.
 */
package io.github.debatestance.core.json;
