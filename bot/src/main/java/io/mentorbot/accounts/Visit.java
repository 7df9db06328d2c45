package io.mentorbot.accounts;

/**
 * The outcome of recognising a visitor.
 *
 * @param account  the account, created if new
 * @param newcomer true when the account was created by this visit
 */
public record Visit(Account account, boolean newcomer) {
}
