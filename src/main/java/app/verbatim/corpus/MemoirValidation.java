package app.verbatim.corpus;

import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** The text/plain form assembles its NewMemoir by hand, so it is validated by hand, by the same rules. */
final class MemoirValidation {

    private MemoirValidation() {
    }

    static NewMemoir valid(NewMemoir memoir) {
        Set<ConstraintViolation<NewMemoir>> violations = CDI.current().select(Validator.class).get().validate(memoir);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return memoir;
    }
}
