package app.verbatim.editor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A citation to paste into the draft.
 *
 * @param display e.g. {@code Lenin, Works, Vol. 26, p. 255; quoted in N. K. Krupskaya, Reminiscences of Lenin, "…"}
 * @param csl     CSL-JSON for the memoir, for reference managers (Zotero, pandoc-citeproc)
 */
public record SuggestedCitation(String display, Map<String, Object> csl) {

    public SuggestedCitation {
        csl = Collections.unmodifiableMap(new LinkedHashMap<>(csl)); // keeps CSL's field order in JSON
    }
}
