package io.mentorbot.telegram.callback;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Buttons;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every button the bot can draw: each action, found by walking the features' sealed action interfaces (every
 * interface that extends {@link CallbackAction} in the adapter), survives the trip through Telegram's callback data
 * in the running application, has a verb of its own and reaches a handler.
 */
class CallbackActionsTest extends BotFlowTest {

    private static final long ID = 9_876_543_210L;

    /** String arguments the codec checks, by component name: values it must accept. */
    private static final Map<String, List<String>> STRINGS = Map.of(
            "zoneId", List.of("Europe/Kyiv", "UTC", "America/Argentina/Buenos_Aires"),
            "topic", List.of("python", "all", "data-science_2"),
            "what", List.of("users", "past", "next"),
            "dialog", List.of("admin-cancel-booking", "newslot", "review-reply"));

    /** The adapter's classes, where the feature interfaces and their actions are looked for. */
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mentorbot.telegram");

    @Autowired
    private List<ButtonHandler<?>> buttonHandlers;

    @Autowired
    private Buttons buttons;

    @Test
    void everyFeatureActionInterfaceIsSealedAndEveryActionBelongsToOne() {
        assertThat(featureInterfaces()).isNotEmpty().allSatisfy(family -> assertThat(family.isSealed())
                .as("%s is sealed", family.getName()).isTrue());
        List<String> implementations = ADAPTER.stream()
                .filter(type -> type.isAssignableTo(CallbackAction.class) && !type.isInterface())
                .map(JavaClass::getName).sorted().toList();
        assertThat(concreteActions().stream().map(Class::getName).sorted().toList())
                .as("the actions reached from the sealed feature interfaces are all the actions there are")
                .isEqualTo(implementations);
    }

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
                softly.assertThat(buttons.read(data)).as("%s decoded", data).isEqualTo(Optional.of(action));
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
    void everyVerbIsReadByExactlyOneHandlersAction() {
        Map<String, List<String>> actionsByVerb = buttonHandlers.stream().collect(Collectors.groupingBy(
                handler -> handler.verb().name(), Collectors.mapping(handler -> handler.action().getSimpleName(),
                        Collectors.toList())));
        assertThat(actionsByVerb).allSatisfy((verb, actions) -> assertThat(actions)
                .as("handlers reading the verb '%s'", verb).hasSize(1));
        assertThat(buttonHandlers).allSatisfy(handler -> assertThat(handler.verb().action())
                .as("the action the verb '%s' reads", handler.verb().name()).isEqualTo(handler.action()));
    }

    @Test
    void everyActionHasAButtonHandlerInTheApplication() {
        Set<Class<?>> handled = buttonHandlers.stream().map(ButtonHandler::action).collect(Collectors.toSet());
        List<String> unhandled = concreteActions().stream().filter(action -> !handled.contains(action))
                .map(Class::getSimpleName).sorted().toList();
        assertThat(unhandled).as("actions that no ButtonHandler bean answers").isEmpty();
    }

    /**
     * The features' action interfaces: the interfaces that extend {@link CallbackAction} directly. (The root itself
     * cannot be sealed: Java keeps a sealed type's subtypes in its own package outside named modules.)
     */
    static List<Class<?>> featureInterfaces() {
        return ADAPTER.stream().filter(JavaClass::isInterface)
                .filter(type -> type.getRawInterfaces().stream().anyMatch(i -> i.isEquivalentTo(CallbackAction.class)))
                .map(JavaClass::reflect).sorted(Comparator.comparing(Class::getName)).<Class<?>>map(c -> c).toList();
    }

    /**
     * The concrete actions: the leaves of the features' sealed interfaces, at any depth, and the few records that
     * implement {@link CallbackAction} directly.
     */
    static List<Class<?>> concreteActions() {
        Set<Class<?>> leaves = new LinkedHashSet<>();
        for (Class<?> family : featureInterfaces()) {
            collectLeaves(family, leaves);
        }
        ADAPTER.stream().filter(type -> !type.isInterface())
                .filter(type -> type.getRawInterfaces().stream().anyMatch(i -> i.isEquivalentTo(CallbackAction.class)))
                .map(JavaClass::reflect).forEach(leaves::add);
        return List.copyOf(leaves);
    }

    private static void collectLeaves(Class<?> type, Set<Class<?>> leaves) {
        if (!type.isSealed()) {
            return; // the sealing test names it
        }
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
