/** The user's own account settings in Telegram that need more than one step: the e-mail address. */
package io.mentorbot.telegram.account;
