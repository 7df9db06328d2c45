package io.mentorbot.telegram.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminAudit;
import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.admin.Blocking;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.telegram.mentor.MentorRights;
import io.mentorbot.telegram.callback.CallbackAction.AdminBookings;
import io.mentorbot.telegram.callback.CallbackAction.AdminMentor;
import io.mentorbot.telegram.callback.CallbackAction.AdminSearch;
import io.mentorbot.telegram.callback.CallbackAction.AdminSlots;
import io.mentorbot.telegram.callback.CallbackAction.AdminMentorAct;
import io.mentorbot.telegram.callback.CallbackAction.AdminPane;
import io.mentorbot.telegram.callback.CallbackAction.AdminUser;
import io.mentorbot.telegram.callback.CallbackAction.AdminUserAct;
import io.mentorbot.telegram.callback.CallbackAction.AdminView;
import io.mentorbot.telegram.dialog.Audience;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.CommandHandler;
import io.mentorbot.telegram.dialog.ConversationStore;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import io.mentorbot.telegram.view.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code /admin}: the inline console. Users newest first and mentors, a page at a time, and search; a user's card
 * makes or unmakes a mentor or an admin (for a day or a week), blocks or unblocks, and leads to their bookings; a
 * mentor's card lists or unlists it and leads to their slots and bookings. Bookings ({@link ConsoleBookings}),
 * slots ({@link ConsoleSlots}), applications ({@link ConsoleApplications}) and search ({@link ConsoleSearch}) have
 * their own screens. Every action is audited, and every press re-checks that the presser is an admin.
 */
@Component
class AdminConsole implements CommandHandler {

    static final int PAGE = 10;

    private final AdminDirectory directory;
    private final AccountDesk accounts;
    private final MentorProfiles profiles;
    private final Blocking blocking;
    private final AdminAudit audit;
    private final MentorRights rights;
    private final StatsCommand stats;
    private final ConsoleBookings bookings;
    private final ConsoleApplications applications;
    private final ConsoleSearch search;
    private final AdminRightsChange adminGrants;
    private final AdminGrants grants;
    private final Clock clock;
    private final ExportCommand export;

    AdminConsole(AdminDirectory directory, AccountDesk accounts, MentorRights rights, MentorProfiles profiles,
                 Blocking blocking, AdminAudit audit, StatsCommand stats, ConsoleBookings bookings,
                 ConsoleApplications applications, ConsoleSearch search, AdminRightsChange adminGrants,
                 AdminGrants grants, Clock clock, ExportCommand export) {
        this.export = export;
        this.bookings = bookings;
        this.applications = applications;
        this.search = search;
        this.adminGrants = adminGrants;
        this.grants = grants;
        this.clock = clock;
        this.directory = directory;
        this.accounts = accounts;
        this.rights = rights;
        this.profiles = profiles;
        this.blocking = blocking;
        this.audit = audit;
        this.stats = stats;
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public Audience audience() {
        return Audience.ADMIN;
    }

    /** {@code /admin} opens the console; {@code /admin <text>} searches users at once. */
    @Override
    public void handle(Turn turn, String args) {
        if (args.isBlank()) {
            home(turn);
        } else {
            search.results(turn, args, false);
        }
    }

    private void home(Turn turn) {
        turn.show(turn.t("console.title"), Keyboards.grid(List.of(
                Keyboards.button(turn.t("console.users"), new AdminView(AdminPane.USERS, 0)),
                Keyboards.button(turn.t("console.mentors"), new AdminView(AdminPane.MENTORS, 0)),
                Keyboards.button(turn.t("console.bookings"), new AdminView(AdminPane.BOOKINGS, 0)),
                Keyboards.button(turn.t("console.applications"), new AdminView(AdminPane.APPLICATIONS, 0)),
                Keyboards.button(turn.t("console.search"), new AdminSearch(false)),
                Keyboards.button(turn.t("console.export"), new AdminView(AdminPane.EXPORT, 0)),
                Keyboards.button(turn.t("console.stats"), new AdminView(AdminPane.STATS, 0))), 2));
    }

    /** Only admins get past this; anyone else is told so and nothing changes. */
    static boolean refused(Turn turn) {
        if (turn.account().isAdmin()) {
            return false;
        }
        turn.refuse("admin console", "admin.only");
        return true;
    }

    /** The same inside a console dialog (rights may have ended since it began): the dialog ends. */
    static boolean refusedInDialog(Turn turn, ConversationStore conversations) {
        if (turn.account().isAdmin()) {
            return false;
        }
        conversations.clear(turn.chatId());
        turn.refuse("admin console", "admin.only");
        return true;
    }

    void view(Turn turn, AdminView action) {
        if (refused(turn)) {
            return;
        }
        switch (action.pane()) {
            case HOME -> home(turn);
            case USERS -> users(turn, action.page());
            case MENTORS -> mentors(turn, action.page());
            case STATS -> stats.handle(turn, "");
            case BOOKINGS -> bookings.filters(turn);
            case APPLICATIONS -> applications.list(turn, action.page());
            case EXPORT -> export.screen(turn);
        }
    }

    private void users(Turn turn, int page) {
        AdminDirectory.IdPage found = directory.newestUsers(page, PAGE);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            accounts.find(id).ifPresent(account -> buttons.add(Keyboards.button(
                    (account.isBlocked() ? "⛔ " : account.isMentor() ? "🎓 " : "") + account.displayName(),
                    new AdminUser(id, AdminUserAct.OPEN))));
        }
        String title = turn.t("console.users.title", found.page() + 1, found.pages());
        String text = buttons.isEmpty() ? title + "\n\n" + turn.t("console.empty") : title;
        buttons.add(Keyboards.button(turn.t("console.search"), new AdminSearch(false)));
        showList(turn, text, buttons, found, AdminPane.USERS, 2);
    }

    private void mentors(Turn turn, int page) {
        AdminDirectory.IdPage found = directory.mentors(page, PAGE);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            profiles.find(id).ifPresent(profile -> buttons.add(Keyboards.button(
                    (profile.listed() ? "📢 " : "🙈 ") + profile.name(), new AdminMentor(id, AdminMentorAct.OPEN))));
        }
        String title = turn.t("console.mentors.title", found.page() + 1, found.pages());
        String text = buttons.isEmpty() ? title + "\n\n" + turn.t("console.empty") : title;
        buttons.add(Keyboards.button(turn.t("console.search.mentors"), new AdminSearch(true)));
        showList(turn, text, buttons, found, AdminPane.MENTORS, 2);
    }

    /** A list of buttons with paging and a way back to the console's home. */
    static void showList(Turn turn, String text, List<InlineKeyboardButton> buttons, AdminDirectory.IdPage found,
                         AdminPane pane, int perRow) {
        InlineKeyboardMarkup keyboard = Keyboards.grid(buttons, perRow);
        List<InlineKeyboardButton> nav = new ArrayList<>();
        if (found.page() > 0) {
            nav.add(Keyboards.button("◀", new AdminView(pane, found.page() - 1)));
        }
        nav.add(Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.HOME, 0)));
        if (found.page() < found.pages() - 1) {
            nav.add(Keyboards.button("▶", new AdminView(pane, found.page() + 1)));
        }
        turn.show(text, Keyboards.withRow(keyboard, nav.toArray(InlineKeyboardButton[]::new)));
    }

    void user(Turn turn, AdminUser action) {
        if (refused(turn)) {
            return;
        }
        Optional<Account> found = accounts.find(action.userId()).filter(a -> !a.isDeleted());
        if (found.isEmpty()) {
            turn.alert(turn.t("console.gone"));
            return;
        }
        Account target = found.get();
        String who = target.displayName();
        switch (action.act()) {
            case OPEN -> {
            }
            case MENTOR, UNMENTOR -> mentorRole(turn, target, action.act() == AdminUserAct.MENTOR);
            case ADMIN_DAY, ADMIN_WEEK -> adminGrants.grant(turn, target,
                    action.act() == AdminUserAct.ADMIN_DAY ? Duration.ofDays(1) : Duration.ofDays(7));
            case UNADMIN -> adminGrants.revoke(turn, target);
            case BLOCK, UNBLOCK -> {
                boolean block = action.act() == AdminUserAct.BLOCK;
                String key = block ? "block" : "unblock";
                switch (blocking.block(turn.account().id(), target.id(), block)) {
                    case DONE -> turn.notice(turn.t(key + ".done", who));
                    case ALREADY -> turn.notice(turn.t(key + ".already", who));
                    case PERMANENT_ADMIN -> turn.alert(turn.t("block.permanent", who));
                }
            }
        }
        showUser(turn, accounts.find(target.id()).orElseThrow());
    }

    private void mentorRole(Turn turn, Account target, boolean grant) {
        turn.notice(rights.change(turn, target, grant));
    }

    private void showUser(Turn turn, Account user) {
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
                turn.t(user.isBlocked() ? "console.yes" : "console.no"));
        if (grants.isPermanent(user)) {
            text += "\n" + turn.t("console.admin.permanent");
        } else if (user.isAdmin() && user.adminUntil().isPresent()) {
            text += "\n" + turn.t("console.admin.until",
                    Times.dayTime(user.adminUntil().get(), turn.account().zone(), turn.language()),
                    turn.account().zone().getId());
        }
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
        turn.show(text, Keyboards.grid(actions, 2));
    }

    void mentor(Turn turn, AdminMentor action) {
        if (refused(turn)) {
            return;
        }
        Optional<MentorProfile> found = profiles.find(action.mentorId());
        if (found.isEmpty()) {
            turn.alert(turn.t("console.gone"));
            return;
        }
        if (action.act() == AdminMentorAct.LIST && !profiles.isActiveMentor(action.mentorId())) {
            turn.alert(turn.t("unmentor.not-mentor", found.get().name()));
            return;
        }
        if (action.act() != AdminMentorAct.OPEN) {
            boolean list = action.act() == AdminMentorAct.LIST;
            if (found.get().listed() != list) {
                profiles.changeListed(action.mentorId(), list);
                audit.record(turn.account().id(), list ? "list-mentor" : "unlist-mentor",
                        AdminAudit.user(action.mentorId()), "listed=" + !list, "listed=" + list);
            }
            turn.notice(turn.t(list ? "console.listed" : "console.unlisted", found.get().name()));
        }
        MentorProfile profile = profiles.find(action.mentorId()).orElseThrow();
        String text = turn.t("console.mentor-card", profile.name(),
                profile.headline() == null || profile.headline().isBlank()
                        ? turn.t("console.no-headline") : profile.headline(),
                turn.t(profile.listed() ? "console.yes" : "console.no"));
        InlineKeyboardButton toggle = profile.listed()
                ? Keyboards.button(turn.t("console.unlist"), new AdminMentor(profile.mentorId(), AdminMentorAct.UNLIST))
                : Keyboards.button(turn.t("console.list"), new AdminMentor(profile.mentorId(), AdminMentorAct.LIST));
        turn.show(text, Keyboards.grid(List.of(toggle,
                Keyboards.button(turn.t("console.mentor.slots"),
                        new AdminSlots(profile.mentorId(), LocalDate.now(clock.withZone(turn.account().zone())))),
                Keyboards.button(turn.t("console.mentor.bookings"),
                        new AdminBookings(BookingQuery.Filter.MENTOR, profile.mentorId(), 0)),
                Keyboards.button(turn.t("console.mentor.user"), new AdminUser(profile.mentorId(), AdminUserAct.OPEN)),
                Keyboards.button(turn.t("console.back"), new AdminView(AdminPane.MENTORS, 0))), 2));
    }

    /** The console's buttons; each re-checks that the presser is an admin. */
    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminViewButton(AdminConsole console) {
            return ButtonHandler.of(AdminView.class, console::view);
        }

        @Bean
        ButtonHandler<?> adminUserButton(AdminConsole console) {
            return ButtonHandler.of(AdminUser.class, console::user);
        }

        @Bean
        ButtonHandler<?> adminMentorButton(AdminConsole console) {
            return ButtonHandler.of(AdminMentor.class, console::mentor);
        }
    }
}
