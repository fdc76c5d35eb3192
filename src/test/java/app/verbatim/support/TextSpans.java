package app.verbatim.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a labelled passage in a text by its first and last words, whatever whitespace lies between them. */
public final class TextSpans {

    private TextSpans() {
    }

    /** The text from the first words given to the last, or an exception naming what is missing. */
    public static String span(String text, String start, String end) {
        Matcher s = words(start).matcher(text);
        if (!s.find()) {
            throw new IllegalStateException("not in the text: " + start);
        }
        Matcher e = words(end).matcher(text);
        if (!e.find(s.start())) {
            throw new IllegalStateException("not in the text: " + end);
        }
        return text.substring(s.start(), e.end());
    }

    private static Pattern words(String snippet) {
        StringBuilder regex = new StringBuilder();
        for (String w : snippet.strip().split("\\s+")) {
            regex.append(regex.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        }
        return Pattern.compile(regex.toString());
    }
}
