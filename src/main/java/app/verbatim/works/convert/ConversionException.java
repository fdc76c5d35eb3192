package app.verbatim.works.convert;

/** A volume that cannot be converted; the message is the one line the command prints. */
final class ConversionException extends RuntimeException {

    ConversionException(String message) {
        super(message);
    }

    ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
