package app.verbatim.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import app.verbatim.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Guards writes: the key a request presents must equal the configured one. */
@ApplicationScoped
public class AdminKey {

    public static final String HEADER = "X-Admin-Key";

    private final CorpusConfig config;

    AdminKey(CorpusConfig config) {
        this.config = config;
    }

    public void require(String presented) {
        String expected = config.adminKey().filter(k -> !k.isBlank()).orElseThrow(() -> new ProblemException(403,
                "Forbidden", "Writes are disabled: no admin key is configured (verbatim.corpus.admin-key)", HEADER));
        if (presented == null || presented.isEmpty()) {
            throw new ProblemException(401, "Unauthorized", "This write needs the admin key in the " + HEADER + " header", HEADER);
        }
        // Constant time: how much of a guess was right must not show in the answer's timing.
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(403, "Forbidden", "The admin key is wrong", HEADER);
        }
    }
}
