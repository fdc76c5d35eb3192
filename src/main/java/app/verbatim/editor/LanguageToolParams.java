package app.verbatim.editor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a LanguageTool check request: the query string merged with a form-encoded body,
 * read as a form whatever Content-Type the client puts on it (ltex-ls labels its form body
 * application/json). Body values win over query values.
 */
public final class LanguageToolParams {

    private LanguageToolParams() {
    }

    public static Map<String, String> merge(Map<String, List<String>> query, String body) {
        Map<String, String> params = new HashMap<>();
        query.forEach((key, values) -> {
            if (!values.isEmpty()) {
                params.put(key, values.get(0));
            }
        });
        if (body != null && !body.isBlank()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(key, value);
            }
        }
        return params;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The request body is not form-encoded (bad escape in '"
                    + (part.length() > 30 ? part.substring(0, 30) + "…" : part) + "')");
        }
    }
}
