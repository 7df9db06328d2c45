package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /makementor} and {@code /unmentor} for admins, by Telegram id, @username or name: the same command with the
 * role granted or withdrawn. The person is told, and their command menu follows.
 */
final class MentorAdminCommands implements CommandHandler {

    private final boolean grant;
    private final AdminTargets targets;
    private final MentorRights rights;

    private MentorAdminCommands(boolean grant, AdminTargets targets, MentorRights rights) {
        this.grant = grant;
        this.targets = targets;
        this.rights = rights;
    }

    @Configuration(proxyBeanMethods = false)
    static class Commands {

        @Bean
        CommandHandler makeMentorCommand(AdminTargets targets, MentorRights rights) {
            return new MentorAdminCommands(true, targets, rights);
        }

        @Bean
        CommandHandler unmentorCommand(AdminTargets targets, MentorRights rights) {
            return new MentorAdminCommands(false, targets, rights);
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
        Optional<Account> user = targets.named(turn, name(), args,
                grant ? AdminAction.AdminUserAct.MENTOR : AdminAction.AdminUserAct.UNMENTOR);
        if (user.isEmpty()) {
            return;
        }
        turn.reply(rights.change(turn, user.get(), grant));
    }
}
