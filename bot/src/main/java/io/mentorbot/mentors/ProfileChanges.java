package io.mentorbot.mentors;

import java.util.List;

/**
 * Several edits of a profile at once (a form): each field {@code null} stays as it is.
 *
 * @param priceMinor the price in minor units (cents); with {@code currency} {@code null} the current currency stays
 * @param currency   an ISO 4217 code; with {@code priceMinor} {@code null} the current price stays
 */
public record ProfileChanges(String headline, String bio, List<String> topics, Long priceMinor, String currency,
                             Integer sessionMinutes, Boolean listed) {
}
