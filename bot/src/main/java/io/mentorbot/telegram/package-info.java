/** The only place that knows Telegram: update intake, dialogs, buttons, texts and outgoing calls. */
package io.mentorbot.telegram;
