package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
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
    private final MentorRights rights;

    private MentorAdminCommands(boolean grant, AccountDesk accounts, MentorRights rights) {
        this.grant = grant;
        this.accounts = accounts;
        this.rights = rights;
    }

    @Configuration(proxyBeanMethods = false)
    static class Commands {

        @Bean
        CommandHandler makeMentorCommand(AccountDesk accounts, MentorRights rights) {
            return new MentorAdminCommands(true, accounts, rights);
        }

        @Bean
        CommandHandler unmentorCommand(AccountDesk accounts, MentorRights rights) {
            return new MentorAdminCommands(false, accounts, rights);
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
        Optional<Account> user = AdminTargets.named(turn, accounts, name(), args);
        if (user.isEmpty()) {
            return;
        }
        turn.reply(rights.change(turn, user.get(), grant));
    }
}
