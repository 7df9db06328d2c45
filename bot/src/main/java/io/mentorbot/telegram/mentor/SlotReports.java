package io.mentorbot.telegram.mentor;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.mentorbot.slots.PlanResult;
import io.mentorbot.slots.SlotPlanningException;
import io.mentorbot.telegram.dialog.Turn;
import io.mentorbot.telegram.view.Times;

/** Tells a mentor what came of a request for slots, in their language and zone. */
final class SlotReports {

    private static final int LISTED = 20;

    private SlotReports() {
    }

    static String result(Turn turn, PlanResult result) {
        ZoneId zone = turn.account().zone();
        StringBuilder text = new StringBuilder();
        if (result.created().isEmpty()) {
            text.append(turn.t("newslot.none-created"));
        } else {
            text.append(turn.t("newslot.created", result.created().size(), zone.getId()));
            List<PlanResult.Created> shown = result.created().subList(0, Math.min(LISTED, result.created().size()));
            for (PlanResult.Created slot : shown) {
                text.append("\n• ").append(Times.dayTime(slot.startsAt(), zone, turn.language())).append("–")
                        .append(Times.time(slot.endsAt(), zone));
            }
            if (result.created().size() > LISTED) {
                text.append("\n").append(turn.t("newslot.and-more", result.created().size() - LISTED));
            }
        }
        if (!result.skipped().isEmpty()) {
            text.append("\n\n").append(turn.t("newslot.skipped", result.skipped().size()));
            for (PlanResult.Skipped skipped : result.skipped()) {
                text.append("\n• ").append(Times.day(skipped.localStart().toLocalDate(), turn.language())).append(' ')
                        .append(Times.time(skipped.localStart().toLocalTime())).append(" — ")
                        .append(reason(turn, skipped, zone));
            }
        }
        return text.toString();
    }

    private static String reason(Turn turn, PlanResult.Skipped skipped, ZoneId zone) {
        return switch (skipped.reason()) {
            case OVERLAP -> skipped.clash() == null ? turn.t("newslot.skip.overlap")
                    : turn.t("newslot.skip.overlap-with",
                            Times.dayTime(skipped.clash().startsAt(), zone, turn.language()),
                            Times.time(skipped.clash().endsAt(), zone));
            case PAST -> turn.t("newslot.skip.past");
            case NONEXISTENT_LOCAL_TIME -> turn.t("newslot.skip.nonexistent");
        };
    }

    static String problem(Turn turn, SlotPlanningException e) {
        Object[] args = e.arguments().stream()
                .map(a -> a instanceof LocalTime t ? Times.time(t)
                        : a instanceof java.time.LocalDate d ? Times.day(d, turn.language()) + " " + d.getYear() : a)
                .toArray();
        return turn.t("newslot.problem." + e.problem().name().toLowerCase().replace('_', '-'), args);
    }
}
