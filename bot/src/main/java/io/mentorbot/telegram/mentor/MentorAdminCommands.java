package io.mentorbot.telegram.mentor;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** {@code /makementor} and {@code /unmentor} for admins: by Telegram id or @username. */
class MentorAdminCommands {

    private MentorAdminCommands() {
    }

    /** Looks a user up by what an admin typed: a Telegram id or an @username. */
    static Optional<Account> resolve(AccountDesk accounts, String who) {
        String target = who.strip();
        if (target.matches("\\d{1,19}")) {
            return accounts.findByTelegramId(Long.parseLong(target));
        }
        return target.matches("@?[A-Za-z0-9_]{3,64}") ? accounts.findByUsername(target) : Optional.empty();
    }

    @Component
    static class MakeMentor implements CommandHandler {

        private final AccountDesk accounts;
        private final MentorOnboarding onboarding;
        private final Notifier notifier;
        private final CommandMenu commandMenu;

        MakeMentor(AccountDesk accounts, MentorOnboarding onboarding, Notifier notifier, CommandMenu commandMenu) {
            this.accounts = accounts;
            this.onboarding = onboarding;
            this.notifier = notifier;
            this.commandMenu = commandMenu;
        }

        @Override
        public String name() {
            return "makementor";
        }

        @Override
        public Audience audience() {
            return Audience.ADMIN;
        }

        @Override
        public void handle(Turn turn, String args) {
            if (args.isBlank()) {
                turn.reply(turn.t("makementor.usage"));
                return;
            }
            Optional<Account> user = resolve(accounts, args);
            if (user.isEmpty()) {
                turn.reply(turn.t("admin.user-not-found", args.strip()));
                return;
            }
            if (user.get().isMentor()) {
                turn.reply(turn.t("makementor.already", user.get().displayName()));
                return;
            }
            onboarding.makeMentor(user.get().id());
            Account mentor = accounts.find(user.get().id()).orElseThrow();
            commandMenu.publishFor(mentor);
            notifier.notify(mentor, notifier.text(mentor, "makementor.welcome"), null);
            turn.reply(turn.t("makementor.done", mentor.displayName()));
        }
    }

    @Component
    static class Unmentor implements CommandHandler {

        private final AccountDesk accounts;
        private final MentorOnboarding onboarding;
        private final Notifier notifier;
        private final CommandMenu commandMenu;

        Unmentor(AccountDesk accounts, MentorOnboarding onboarding, Notifier notifier, CommandMenu commandMenu) {
            this.accounts = accounts;
            this.onboarding = onboarding;
            this.notifier = notifier;
            this.commandMenu = commandMenu;
        }

        @Override
        public String name() {
            return "unmentor";
        }

        @Override
        public Audience audience() {
            return Audience.ADMIN;
        }

        @Override
        public void handle(Turn turn, String args) {
            if (args.isBlank()) {
                turn.reply(turn.t("unmentor.usage"));
                return;
            }
            Optional<Account> user = resolve(accounts, args);
            if (user.isEmpty()) {
                turn.reply(turn.t("admin.user-not-found", args.strip()));
                return;
            }
            if (!user.get().isMentor()) {
                turn.reply(turn.t("unmentor.not-mentor", user.get().displayName()));
                return;
            }
            onboarding.unmakeMentor(user.get().id());
            Account former = accounts.find(user.get().id()).orElseThrow();
            commandMenu.publishFor(former);
            notifier.notify(former, notifier.text(former, "unmentor.notice"), null);
            turn.reply(turn.t("unmentor.done", former.displayName()));
        }
    }
}
