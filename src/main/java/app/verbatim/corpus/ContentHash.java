package app.verbatim.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

final class ContentHash {

    /**
     * Bump when extraction or normalisation changes what is stored for the same text: stored memoirs
     * then hash differently and are re-imported at the next start.
     */
    static final int IMPORT_FORMAT = 5;

    private ContentHash() {
    }

    /** Covers the bibliographic facts and the import format too: a corrected title is worth re-importing. */
    static String of(MemoirSource source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("format " + IMPORT_FORMAT).getBytes(StandardCharsets.UTF_8));
            for (String part : new String[] {source.author(), source.title(), source.part(), source.editionNote(), source.text()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
