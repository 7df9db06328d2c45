package io.mentorbot.telegram.callback;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.mentorbot.support.BotFlowTest;
import io.mentorbot.telegram.dialog.ButtonHandler;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every button the bot can draw: each action, found by walking the sealed {@link CallbackAction} hierarchy (so a
 * split into per-feature sealed sub-interfaces keeps it covered), survives the trip through Telegram's callback data
 * and reaches a handler in the running application.
 */
class CallbackActionsTest extends BotFlowTest {

    private static final long ID = 9_876_543_210L;

    /** String arguments the codec checks, by component name: values it must accept. */
    private static final Map<String, List<String>> STRINGS = Map.of(
            "zoneId", List.of("Europe/Kyiv", "UTC", "America/Argentina/Buenos_Aires"),
            "topic", List.of("python", "all", "data-science_2"),
            "what", List.of("users", "past", "next"));

    @Autowired
    private List<ButtonHandler<?>> buttonHandlers;

    @Test
    void everyActionIsARecord() {
        assertThat(concreteActions()).isNotEmpty().allSatisfy(action -> assertThat(action.isRecord())
                .as("%s is a record (the codec rebuilds it from its components)", action.getName()).isTrue());
    }

    @Test
    void everyActionRoundTripsThroughTheCodecWithinTelegramsSixtyFourBytes() {
        SoftAssertions softly = new SoftAssertions();
        for (Class<?> type : concreteActions()) {
            for (CallbackAction action : samplesOf(type)) {
                String data;
                try {
                    data = CallbackCodec.encode(action);
                } catch (RuntimeException refused) {
                    softly.fail("%s cannot be encoded: %s", action, refused.getMessage());
                    continue;
                }
                softly.assertThat(data.getBytes(StandardCharsets.UTF_8).length).as("bytes of %s", data)
                        .isLessThanOrEqualTo(CallbackCodec.MAX_BYTES);
                softly.assertThat(CallbackCodec.decode(data)).as("%s decoded", data).isEqualTo(Optional.of(action));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyActionHasAVerbOfItsOwn() {
        Map<String, Set<String>> actionsByVerb = new HashMap<>();
        for (Class<?> type : concreteActions()) {
            for (CallbackAction action : samplesOf(type)) {
                actionsByVerb.computeIfAbsent(action.verb(), verb -> new LinkedHashSet<>()).add(type.getSimpleName());
            }
        }
        assertThat(actionsByVerb).allSatisfy((verb, actions) -> assertThat(actions)
                .as("actions with the verb '%s'", verb).hasSize(1));
    }

    @Test
    void everyActionHasAButtonHandlerInTheApplication() {
        Set<Class<?>> handled = buttonHandlers.stream().map(ButtonHandler::action).collect(Collectors.toSet());
        List<String> unhandled = concreteActions().stream().filter(action -> !handled.contains(action))
                .map(Class::getSimpleName).sorted().toList();
        assertThat(unhandled).as("actions that no ButtonHandler bean answers").isEmpty();
    }

    /** The concrete actions: the leaves of the sealed hierarchy under {@link CallbackAction}, at any depth. */
    static List<Class<?>> concreteActions() {
        Set<Class<?>> leaves = new LinkedHashSet<>();
        collectLeaves(CallbackAction.class, leaves);
        return List.copyOf(leaves);
    }

    private static void collectLeaves(Class<?> type, Set<Class<?>> leaves) {
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                collectLeaves(permitted, leaves);
            } else {
                leaves.add(permitted);
            }
        }
    }

    /** One action per combination of the sample values of its components (every enum constant, both booleans). */
    private static List<CallbackAction> samplesOf(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<List<Object>> combinations = List.of(List.of());
        for (RecordComponent component : components) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : combinations) {
                for (Object value : samplesOf(type, component)) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(value);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        List<CallbackAction> samples = new ArrayList<>();
        for (List<Object> arguments : combinations) {
            try {
                samples.add((CallbackAction) type.getDeclaredConstructor(parameterTypes)
                        .newInstance(arguments.toArray()));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("Cannot build " + type.getName() + " from " + arguments, e);
            }
        }
        return samples;
    }

    private static List<?> samplesOf(Class<?> action, RecordComponent component) {
        Class<?> type = component.getType();
        if (type == long.class) {
            return List.of(ID);
        }
        if (type == int.class) {
            return List.of(3); // fits every int argument, star ratings (1 to 5) included
        }
        if (type == boolean.class) {
            return List.of(true, false);
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return List.of(LocalDate.of(2027, 3, 20));
        }
        if (type == YearMonth.class) {
            return List.of(YearMonth.of(2027, 3));
        }
        if (type == String.class && STRINGS.containsKey(component.getName())) {
            return STRINGS.get(component.getName());
        }
        throw new AssertionError("No sample value for " + action.getSimpleName() + "." + component.getName() + " ("
                + type.getName() + "): add values the codec accepts to this test");
    }
}
