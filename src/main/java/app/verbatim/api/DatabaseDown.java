package app.verbatim.api;

import java.sql.SQLException;

/**
 * Tells a failure caused by the database being out of reach (refused or dropped connections, a server
 * shutting down, a pool that could not get a connection) from every other failure: those are answered 503
 * with Retry-After, not 500, since a retry soon will succeed.
 */
final class DatabaseDown {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseDown() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-03: the server shutting down or not accepting connections
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (name.endsWith("JDBCConnectionException") || message.contains("Acquisition timeout")
                    || message.contains("Connection refused") || message.contains("This connection has been closed")) {
                return true;
            }
        }
        return false;
    }
}
