package io.mentorbot.telegram.admin;

import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.admin.Blocking;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /block} and {@code /unblock} by Telegram id, @username or name: a blocked user is only told they are blocked. */
final class BlockCommands implements CommandHandler {

    private final boolean block;
    private final AdminTargets targets;
    private final Blocking blocking;

    private BlockCommands(boolean block, AdminTargets targets, Blocking blocking) {
        this.block = block;
        this.targets = targets;
        this.blocking = blocking;
    }

    @Configuration(proxyBeanMethods = false)
    static class Commands {

        @Bean
        CommandHandler blockCommand(AdminTargets targets, Blocking blocking) {
            return new BlockCommands(true, targets, blocking);
        }

        @Bean
        CommandHandler unblockCommand(AdminTargets targets, Blocking blocking) {
            return new BlockCommands(false, targets, blocking);
        }
    }

    @Override
    public String name() {
        return block ? "block" : "unblock";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    @Override
    public void handle(Turn turn, String args) {
        Optional<Account> target = targets.named(turn, name(), args,
                block ? AdminAction.AdminUserAct.BLOCK : AdminAction.AdminUserAct.UNBLOCK);
        if (target.isEmpty()) {
            return;
        }
        String who = target.get().displayName();
        switch (blocking.block(turn.account().id(), target.get().id(), block)) {
            case DONE -> turn.reply(turn.t(name() + ".done", who));
            case ALREADY -> turn.reply(turn.t(name() + ".already", who));
            case PERMANENT_ADMIN -> turn.reply(turn.t("block.permanent", who));
            case NOT_ADMIN -> turn.reply(turn.t("admin.only"));
        }
    }
}
