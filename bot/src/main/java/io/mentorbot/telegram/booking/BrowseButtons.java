package io.mentorbot.telegram.booking;

import io.mentorbot.telegram.callback.CallbackAction.MentorDay;
import io.mentorbot.telegram.callback.CallbackAction.MentorMonth;
import io.mentorbot.telegram.callback.CallbackAction.OpenMentor;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Turn;
import org.springframework.stereotype.Component;

/** The buttons that walk from a mentor's card to a free time. Each re-reads what it shows; nothing is trusted. */
final class BrowseButtons {

    private BrowseButtons() {
    }

    @Component
    static class Open implements ButtonHandler<OpenMentor> {
        private final MentorBrowser browser;

        Open(MentorBrowser browser) {
            this.browser = browser;
        }

        @Override
        public Class<OpenMentor> action() {
            return OpenMentor.class;
        }

        @Override
        public void handle(Turn turn, OpenMentor action) {
            browser.card(turn, action.mentorId());
        }
    }

    @Component
    static class Month implements ButtonHandler<MentorMonth> {
        private final MentorBrowser browser;

        Month(MentorBrowser browser) {
            this.browser = browser;
        }

        @Override
        public Class<MentorMonth> action() {
            return MentorMonth.class;
        }

        @Override
        public void handle(Turn turn, MentorMonth action) {
            if (browser.bookable(action.mentorId()).isEmpty()) {
                turn.alert(turn.t("mentor.unavailable"));
                return;
            }
            browser.month(turn, action.mentorId(), action.month());
        }
    }

    @Component
    static class Day implements ButtonHandler<MentorDay> {
        private final MentorBrowser browser;

        Day(MentorBrowser browser) {
            this.browser = browser;
        }

        @Override
        public Class<MentorDay> action() {
            return MentorDay.class;
        }

        @Override
        public void handle(Turn turn, MentorDay action) {
            if (browser.bookable(action.mentorId()).isEmpty()) {
                turn.alert(turn.t("mentor.unavailable"));
                return;
            }
            browser.day(turn, action.mentorId(), action.day());
        }
    }
}
