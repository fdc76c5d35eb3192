package app.verbatim.editor;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verbatim.editor")
public interface EditorConfig {

    /** The longest draft accepted, in characters; longer ones are answered 413. */
    @WithDefault("200000")
    int maxDraftChars();

    /**
     * The most quotations of one draft looked up; the rest are reported unchecked (LanguageTool's
     * incompleteResults, the check's {@code incomplete}). A draft of short quotations must not occupy the service.
     */
    @WithDefault("300")
    int maxQuotations();

    /**
     * The address people reach the web page at, for the links editor plugins show ("http://host:8080/").
     * Unset: the address the request came to.
     */
    Optional<String> publicUrl();
}
