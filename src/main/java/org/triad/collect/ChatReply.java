package org.triad.collect;

/**
 * One successful chat completion.
 *
 * @param content the message text of the first choice
 * @param promptTokens prompt tokens the server counted, 0 when it did not say
 * @param completionTokens completion tokens the server counted, 0 when it did not say
 */
public record ChatReply(String content, long promptTokens, long completionTokens) {
}
