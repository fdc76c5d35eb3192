package app.verbatim.corpus;

/** How the corpus names speakers, shared by import and queries. */
public final class Speakers {

    public static final String LENIN = "Lenin";
    /** Below this, an attribution is reported as uncertain. */
    public static final float CERTAIN = 0.8f;

    private Speakers() {
    }

    /** Lenin is asked for under any of his names; other speakers as given. */
    public static String canonical(String speaker) {
        if (speaker == null) {
            return null;
        }
        String name = speaker.strip();
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "lenin", "ilyich", "ilych", "vladimir ilyich", "vladimir lenin", "v. i. lenin", "v. ulyanov", "ulyanov" -> LENIN;
            default -> name;
        };
    }

    public static boolean isLenin(String speaker) {
        return LENIN.equals(speaker);
    }
}
