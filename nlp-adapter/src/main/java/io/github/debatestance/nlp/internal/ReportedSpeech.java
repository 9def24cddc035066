package io.github.debatestance.nlp.internal;

import io.github.debatestance.core.model.TextSpan;

/**
 * Reported content found in the parse, with the cue verb and its subject.
 *
 * @param content the reported words, without the cue
 * @param cue the cue verb's token
 * @param speaker the subject's mention, or null
 */
public record ReportedSpeech(TextSpan content, int cue, Mention speaker) {}
