package io.mentorbot.web.student;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A region-based IANA time zone id such as {@code Europe/Kyiv}; {@code null} is valid (nothing to change). */
@Documented
@Constraint(validatedBy = IanaZone.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface IanaZone {

    String message() default "{problem.field.time-zone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Offsets ("+02:00") are refused: they do not follow daylight saving time, a region does. */
    class Check implements ConstraintValidator<IanaZone, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                return value.contains("/") && ZoneId.getAvailableZoneIds().contains(ZoneId.of(value).getId());
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
