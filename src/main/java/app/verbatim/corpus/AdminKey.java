package app.verbatim.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

import app.verbatim.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Guards writes: the key a request presents must equal one of the configured ones. Keys have names, so that a
 * reviewer's change can be told apart from another's without storing any key: the single
 * {@code verbatim.corpus.admin-key} is named "admin", {@code verbatim.corpus.admin-keys.NAME} is named NAME.
 */
@ApplicationScoped
public class AdminKey {

    public static final String HEADER = "X-Admin-Key";
    /** The name of the key set by {@code verbatim.corpus.admin-key}. */
    public static final String DEFAULT_NAME = "admin";

    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    AdminKey(CorpusConfig config) {
        config.adminKey().filter(k -> !k.isBlank()).ifPresent(k -> keys.put(DEFAULT_NAME, bytes(k)));
        config.adminKeys().forEach((name, key) -> {
            if (key != null && !key.isBlank()) {
                keys.putIfAbsent(name, bytes(key));
            }
        });
    }

    public void require(String presented) {
        nameOf(presented);
    }

    /** The name of the key presented; 401 without one, 403 for a wrong one or when no key is configured. */
    public String nameOf(String presented) {
        if (keys.isEmpty()) {
            throw new ProblemException(403, "Forbidden",
                    "Writes are disabled: no admin key is configured (verbatim.corpus.admin-key)", HEADER);
        }
        if (presented == null || presented.isEmpty()) {
            throw new ProblemException(401, "Unauthorized", "This write needs the admin key in the " + HEADER + " header", HEADER);
        }
        byte[] given = bytes(presented);
        String match = null;
        // Constant time, and every key compared: how much of a guess was right, or which key it resembled, must not
        // show in the answer's timing.
        for (Map.Entry<String, byte[]> key : keys.entrySet()) {
            if (MessageDigest.isEqual(key.getValue(), given) && match == null) {
                match = key.getKey();
            }
        }
        if (match == null) {
            throw new ProblemException(403, "Forbidden", "The admin key is wrong", HEADER);
        }
        return match;
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
