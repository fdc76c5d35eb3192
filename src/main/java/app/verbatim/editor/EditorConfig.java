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
     * The address people reach the web page at, for the links editor plugins show ("http://host:8080/").
     * Unset: the address the request came to.
     */
    Optional<String> publicUrl();
}
