package io.mentorbot.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Marks what exists only in sandbox mode, as {@link SandboxMode} decides it. A combination of settings it refuses
 * creates none of it (and {@link SandboxModeCheck} stops the start with the reason).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnSandbox.InSandboxMode.class)
public @interface OnSandbox {

    /** Matches in sandbox mode only. */
    class InSandboxMode implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            try {
                return SandboxMode.sandbox(context.getEnvironment());
            } catch (SandboxMode.Refused refused) {
                return false;
            }
        }
    }
}
