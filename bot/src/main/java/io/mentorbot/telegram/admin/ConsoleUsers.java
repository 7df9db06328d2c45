package io.mentorbot.telegram.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.admin.Blocking;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.telegram.admin.AdminAction.AdminBookings;
import io.mentorbot.telegram.admin.AdminAction.AdminMentor;
import io.mentorbot.telegram.admin.AdminAction.AdminMentorAct;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminSearch;
import io.mentorbot.telegram.admin.AdminAction.AdminUser;
import io.mentorbot.telegram.admin.AdminAction.AdminUserAct;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The console's users, newest first, and a user's card: make or unmake a mentor, give admin rights for a day or a
 * week or take them back, block or unblock, and their bookings.
 */
@Component
class ConsoleUsers {

    private final AdminDirectory directory;
    private final AccountDesk accounts;
    private final MentorRights rights;
    private final AdminRightsChange adminRights;
    private final AdminGrants grants;
    private final Blocking blocking;

    ConsoleUsers(AdminDirectory directory, AccountDesk accounts, MentorRights rights, AdminRightsChange adminRights,
                 AdminGrants grants, Blocking blocking) {
        this.directory = directory;
        this.accounts = accounts;
        this.rights = rights;
        this.adminRights = adminRights;
        this.grants = grants;
        this.blocking = blocking;
    }

    void list(Turn turn, int page) {
        AdminDirectory.IdPage found = directory.newestUsers(page, AdminConsole.PAGE);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            accounts.find(id).ifPresent(account -> buttons.add(Keyboards.button(
                    (account.isBlocked() ? "⛔ " : account.isMentor() ? "🎓 " : "") + account.displayName(),
                    new AdminUser(id, AdminUserAct.OPEN))));
        }
        String title = turn.t("console.users.title", found.page() + 1, found.pages());
        String text = buttons.isEmpty() ? title + "\n\n" + turn.t("console.empty") : title;
        buttons.add(Keyboards.button(turn.t("console.search"), new AdminSearch(false)));
        AdminConsole.showList(turn, text, buttons, found, AdminPane.USERS, 2);
    }

    /**
     * A user's card on the pressed screen, after the act the button names: the console's card, or the message of an
     * admin command's pick among several matches. What was done heads the card, and is the press's notice too.
     */
    void user(Turn turn, AdminUser action) {
        Optional<Account> found = accounts.find(action.userId()).filter(a -> !a.isDeleted());
        if (found.isEmpty()) {
            turn.alert(turn.t("console.gone"));
            return;
        }
        Account target = found.get();
        String done = switch (action.act()) {
            case OPEN -> null;
            case MENTOR, UNMENTOR -> rights.change(turn, target, action.act() == AdminUserAct.MENTOR);
            case ADMIN_DAY, ADMIN_WEEK -> adminRights.grant(turn, target,
                    Duration.ofDays(action.act() == AdminUserAct.ADMIN_DAY ? 1 : 7));
            case UNADMIN -> adminRights.revoke(turn, target);
            case BLOCK, UNBLOCK -> block(turn, target, action.act() == AdminUserAct.BLOCK);
        };
        if (done != null) {
            turn.notice(done);
        }
        show(turn, accounts.find(target.id()).orElseThrow(), done);
    }

    /** Blocks or unblocks; the text for the acting admin, or null when refused (the refusal is the alert). */
    private String block(Turn turn, Account target, boolean block) {
        String key = block ? "block" : "unblock";
        String who = target.displayName();
        return switch (blocking.block(turn.account().id(), target.id(), block)) {
            case DONE -> turn.t(key + ".done", who);
            case ALREADY -> turn.t(key + ".already", who);
            case PERMANENT_ADMIN -> {
                turn.alert(turn.t("block.permanent", who));
                yield null;
            }
            case NOT_ADMIN -> {
                turn.refuse("admin console", "admin.only");
                yield null;
            }
        };
    }

    private void show(Turn turn, Account user, String done) {
        List<String> roles = new ArrayList<>(List.of(turn.t("console.role.student")));
        if (user.isMentor()) {
            roles.add(turn.t("console.role.mentor"));
        }
        if (user.isAdmin()) {
            roles.add(turn.t("console.role.admin"));
        }
        String text = turn.t("console.user", user.displayName(),
                user.username() == null ? turn.t("console.no-username") : "@" + user.username(),
                String.join(", ", roles),
                Times.dayTime(user.createdAt(), turn.account().zone(), turn.language()),
                turn.t(user.isBlocked() ? "console.yes" : "console.no"),
                user.telegramId() == null ? "—" : Long.toString(user.telegramId()),
                turn.t("language.name." + user.language().code()), user.zone().getId());
        if (grants.isPermanent(user)) {
            text += "\n" + turn.t("console.admin.permanent");
        } else if (user.isAdmin() && user.adminUntil().isPresent()) {
            text += "\n" + turn.t("console.admin.until",
                    Times.dayTime(user.adminUntil().get(), turn.account().zone(), turn.language()),
                    turn.account().zone().getId());
        }
        turn.show(done == null ? text : done + "\n\n" + text, Keyboards.grid(actions(turn, user), 2));
    }

    private List<InlineKeyboardButton> actions(Turn turn, Account user) {
        List<InlineKeyboardButton> actions = new ArrayList<>();
        actions.add(user.isMentor()
                ? Keyboards.button(turn.t("console.unmentor"), new AdminUser(user.id(), AdminUserAct.UNMENTOR))
                : Keyboards.button(turn.t("console.mentor"), new AdminUser(user.id(), AdminUserAct.MENTOR)));
        actions.add(user.isBlocked()
                ? Keyboards.button(turn.t("console.unblock"), new AdminUser(user.id(), AdminUserAct.UNBLOCK))
                : Keyboards.button(turn.t("console.block"), new AdminUser(user.id(), AdminUserAct.BLOCK)));
        if (!grants.isPermanent(user) && user.id() != turn.account().id() && grants.isPermanent(turn.account())) {
            actions.add(Keyboards.button(turn.t("console.admin.day"), new AdminUser(user.id(), AdminUserAct.ADMIN_DAY)));
            actions.add(Keyboards.button(turn.t("console.admin.week"),
                    new AdminUser(user.id(), AdminUserAct.ADMIN_WEEK)));
            if (user.isAdmin()) {
                actions.add(Keyboards.button(turn.t("console.admin.revoke"),
                        new AdminUser(user.id(), AdminUserAct.UNADMIN)));
            }
        }
        actions.add(Keyboards.button(turn.t("console.user.bookings"),
                new AdminBookings(BookingQuery.Filter.STUDENT, user.id(), 0)));
        if (user.isMentor()) {
            actions.add(Keyboards.button(turn.t("console.user.mentor-card"),
                    new AdminMentor(user.id(), AdminMentorAct.OPEN)));
        }
        actions.add(Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.USERS, 0)));
        return actions;
    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminUserButton(ConsoleUsers users) {
            return AdminConsole.guarded(AdminUser.VERB, users::user);
        }
    }
}
