package app.verbatim.api;

/** Query parameters arrive as text; a malformed one is the client's error, named in the answer. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int intOrDefault(String field, String value, int fallback) {
        Integer parsed = optionalInt(field, value);
        return parsed == null ? fallback : parsed;
    }

    public static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a whole number, not '" + abbreviate(value) + "'");
        }
    }

    public static Integer optionalPositiveInt(String field, String value) {
        Integer parsed = optionalInt(field, value);
        if (parsed != null && parsed < 1) {
            throw ProblemException.badRequest(field, field + " must be 1 or more");
        }
        return parsed;
    }

    /** A path parameter that must be a whole number of 1 or more. */
    public static int requiredPositiveInt(String field, String value) {
        Integer parsed = optionalPositiveInt(field, value);
        if (parsed == null) {
            throw ProblemException.badRequest(field, field + " is required");
        }
        return parsed;
    }

    public static Boolean optionalBoolean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(field, field + " must be true or false");
        };
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
