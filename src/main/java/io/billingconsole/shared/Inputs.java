package io.billingconsole.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.Set;

/**
 * Checks a request body's Bean Validation constraints ({@link Text} and the like) before anything
 * else looks at it, and refuses the first violation as a {@link DomainException}, so that the
 * refusal reads like every other one (code, message in the user's language).
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    public <T> T check(T body) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            String field = v.getPropertyPath().toString();
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            if (max != null) {
                throw new DomainException(CommonError.TEXT_INVALID, field, String.valueOf(max));
            }
            throw new DomainException(CommonError.INVALID_INPUT, field);
        });
        return body;
    }
}
