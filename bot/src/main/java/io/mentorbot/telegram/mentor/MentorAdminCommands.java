package io.mentorbot.telegram.mentor;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.telegram.admin.AdminTargets;
import io.mentorbot.telegram.command.CommandMenu;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Notifier;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /makementor} and {@code /unmentor} for admins, by Telegram id or @username: the same command with the
 * role granted or withdrawn. The person is told, and their command menu follows.
 */
final class MentorAdminCommands implements CommandHandler {

    private final boolean grant;
    private final AccountDesk accounts;
    private final MentorOnboarding onboarding;
    private final Notifier notifier;
    private final CommandMenu commandMenu;
    private final AdminAudit audit;

    private MentorAdminCommands(boolean grant, AccountDesk accounts, MentorOnboarding onboarding, Notifier notifier,
                                CommandMenu commandMenu, AdminAudit audit) {
        this.audit = audit;
        this.grant = grant;
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.notifier = notifier;
        this.commandMenu = commandMenu;
    }

    @Configuration(proxyBeanMethods = false)
    static class Commands {

        @Bean
        CommandHandler makeMentorCommand(AccountDesk accounts, MentorOnboarding onboarding, Notifier notifier,
                                         CommandMenu commandMenu, AdminAudit audit) {
            return new MentorAdminCommands(true, accounts, onboarding, notifier, commandMenu, audit);
        }

        @Bean
        CommandHandler unmentorCommand(AccountDesk accounts, MentorOnboarding onboarding, Notifier notifier,
                                       CommandMenu commandMenu, AdminAudit audit) {
            return new MentorAdminCommands(false, accounts, onboarding, notifier, commandMenu, audit);
        }
    }

    @Override
    public String name() {
        return grant ? "makementor" : "unmentor";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        if (args.isBlank()) {
            turn.reply(turn.t(name() + ".usage"));
            return;
        }
        Optional<Account> user = AdminTargets.resolve(accounts, args);
        if (user.isEmpty()) {
            turn.reply(turn.t("admin.user-not-found", args.strip()));
            return;
        }
        if (user.get().isMentor() == grant) {
            turn.reply(turn.t(grant ? "makementor.already" : "unmentor.not-mentor", user.get().displayName()));
            return;
        }
        if (grant) {
            onboarding.makeMentor(user.get().id());
        } else {
            onboarding.unmakeMentor(user.get().id());
        }
        audit.record(turn.account().id(), grant ? "make-mentor" : "unmake-mentor", AdminAudit.user(user.get().id()),
                "mentor=" + !grant, "mentor=" + grant);
        Account changed = accounts.find(user.get().id()).orElseThrow();
        commandMenu.publishFor(changed);
        notifier.notify(changed, notifier.text(changed, grant ? "makementor.welcome" : "unmentor.notice"), null);
        turn.reply(turn.t(name() + ".done", changed.displayName()));
    }
}
