package io.mentorbot.telegram.dialog;

import java.util.List;

import io.mentorbot.telegram.callback.Noop;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ButtonsTest {

    @Test
    void twoHandlersClaimingOneActionStopTheApplicationAtStart() {
        List<ButtonHandler<?>> handlers = List.of(ButtonHandler.of(Noop.VERB, (turn, pressed) -> { }),
                ButtonHandler.of(Noop.VERB, (turn, pressed) -> { }));
        assertThatThrownBy(() -> new Buttons(handlers)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Noop.class.getName());
    }

    @Test
    void onlyTheActionsOfRegisteredHandlersAreRead() {
        Buttons buttons = new Buttons(List.of(ButtonHandler.of(Noop.VERB, (turn, pressed) -> { })));
        assertThat(buttons.read("v1:nop")).contains(new Noop());
        assertThat(buttons.read("v1:" + CancelDialog.VERB.name() + ":profile"))
                .as("a verb without a handler: %s", CancelDialog.VERB.name()).isEmpty();
    }
}
