package io.mentorbot.telegram.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.admin.AdminDirectory;
import io.mentorbot.bookings.BookingQuery;
import io.mentorbot.mentors.MentorListing;
import io.mentorbot.mentors.MentorProfile;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.telegram.admin.AdminAction.AdminBookings;
import io.mentorbot.telegram.admin.AdminAction.AdminMentor;
import io.mentorbot.telegram.admin.AdminAction.AdminMentorAct;
import io.mentorbot.telegram.admin.AdminAction.AdminPane;
import io.mentorbot.telegram.admin.AdminAction.AdminSearch;
import io.mentorbot.telegram.admin.AdminAction.AdminSlots;
import io.mentorbot.telegram.admin.AdminAction.AdminUser;
import io.mentorbot.telegram.admin.AdminAction.AdminUserAct;
import io.mentorbot.telegram.admin.AdminAction.AdminView;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** The console's mentors, listed ones first, and a mentor's card: list or unlist it, their slots and bookings. */
@Component
class ConsoleMentors {

    private final AdminDirectory directory;
    private final MentorProfiles profiles;
    private final MentorListing listing;
    private final Clock clock;

    ConsoleMentors(AdminDirectory directory, MentorProfiles profiles, MentorListing listing, Clock clock) {
        this.directory = directory;
        this.profiles = profiles;
        this.listing = listing;
        this.clock = clock;
    }

    void list(Turn turn, int page) {
        AdminDirectory.IdPage found = directory.mentors(page, AdminConsole.PAGE);
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        for (long id : found.ids()) {
            profiles.find(id).ifPresent(profile -> buttons.add(Keyboards.button(
                    (profile.listed() ? "📢 " : "🙈 ") + profile.name(), new AdminMentor(id, AdminMentorAct.OPEN))));
        }
        String title = turn.t("console.mentors.title", found.page() + 1, found.pages());
        String text = buttons.isEmpty() ? title + "\n\n" + turn.t("console.empty") : title;
        buttons.add(Keyboards.button(turn.t("console.search.mentors"), new AdminSearch(true)));
        AdminConsole.showList(turn, text, buttons, found, AdminPane.MENTORS, 2);
    }

    void mentor(Turn turn, AdminMentor action) {
        Optional<MentorProfile> found = profiles.find(action.mentorId());
        if (found.isEmpty()) {
            turn.alert(turn.t("console.gone"));
            return;
        }
        if (action.act() != AdminMentorAct.OPEN) {
            boolean list = action.act() == AdminMentorAct.LIST;
            String name = found.get().name();
            switch (listing.change(turn.account().id(), action.mentorId(), list)) {
                case CHANGED, ALREADY -> turn.notice(turn.t(list ? "console.listed" : "console.unlisted", name));
                case NOT_A_MENTOR -> {
                    turn.alert(turn.t("unmentor.not-mentor", name));
                    return;
                }
                case NO_PROFILE -> {
                    turn.alert(turn.t("console.gone"));
                    return;
                }
                case NOT_ADMIN -> {
                    turn.refuse("admin console", "admin.only");
                    return;
                }
            }
        }
        show(turn, profiles.find(action.mentorId()).orElseThrow());
    }

    private void show(Turn turn, MentorProfile profile) {
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

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        ButtonHandler<?> adminMentorButton(ConsoleMentors mentors) {
            return AdminConsole.guarded(AdminMentor.VERB, mentors::mentor);
        }
    }
}
