/**
 * Taking payments for paid sessions: whether a payment provider is configured (today only the simulated one). Without
 * one, prices stay free and a paid mentor's time is booked as free.
 */
package io.mentorbot.payments;
