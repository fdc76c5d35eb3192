package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.LeninNames;
import app.verbatim.text.NotNames;
import app.verbatim.text.Speakers;
import app.verbatim.text.SpeechVerbs;

/**
 * Who is mentioned where: Lenin under all his names, people the text makes speak or write,
 * pronouns, "the General", "my wife". Only people the memoir itself shows speaking are learned,
 * so places and institutions rarely pass for persons.
 */
final class Mentions {

    enum Type { LENIN, NAME, I, HE, SHE, WE, THEY, IT, TITLE, RELATION, ANONYMOUS }

    record Mention(int start, int end, Type type, String name, boolean female, boolean possessive, boolean object) {
        boolean male() { return type == Type.LENIN || type == Type.HE || type == Type.TITLE
                || ((type == Type.NAME || type == Type.ANONYMOUS) && !female); }
        boolean named() { return type == Type.LENIN || type == Type.NAME; }
    }

    static final String NAME = "[A-Z][a-z]+(?:-[A-Z][a-z]+)*";
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(I(?![.\\w])|me|my|he|He|him|his|His|she|She|her|Her|we|We|us|our|Our|they|They|them|it|It|its)\\b");
    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:General|Comrade|Commissar|Ataman|Admiral|Colonel|Captain|Professor|Doctor|Dr\\.)\\s+(" + NAME + ")");
    private static final Pattern INITIALED = Pattern.compile(
            "\\b(?:[A-Z]\\.\\s?){1,3}(?:[A-Z]\\s)?(" + NAME + ")");
    private static final Pattern BARE_TITLE = Pattern.compile("\\b[Tt]he (?:[a-z]+-[a-z]+ )?(General|Commissar|Ataman|Admiral)\\b");
    private static final Pattern RELATION = Pattern.compile("\\b[Mm]y (wife|husband)\\b");
    // Russian surname endings let unintroduced people (Zheltishev, Korotkova) count as persons,
    // which keeps "he" from jumping past them to Lenin.
    private static final Pattern SURNAME = Pattern.compile(
            "\\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:ov|ev|yev|in|sky|ski|ich|vich|enko|shev|ova|eva|ina|skaya|aya|yan|dze|shvili))\\b");
    // "a tall, angular man ... he said": an unnamed person stops "he" from reaching back to Lenin.
    private static final Pattern ANONYMOUS = Pattern.compile(
            "\\b(?:[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat)\\s+(?:[\\w-]+,?\\s+){0,3}?(man|woman|comrade|worker|soldier|peasant|"
            + "sailor|delegate|officer|housemaid|boy|girl|fellow|stranger|gentleman|lady|cleaner|watchman|interlocutor|"
            + "candidate|speaker|doctor|priest|precentor|student|teacher|policeman|gendarme|spy|landlord|landlady|"
            + "concierge|proprietor|waiter|driver|coachman|cabman|clerk|official|guard|sentry|visitor|neighbour|deputy)\\b");
    /** "Engels commented:", "Lenin adds on his own account:": a name, a verb, a colon introduce that person's words. */
    private static final Pattern INTRODUCES = Pattern.compile(
            "(?:(?:[A-Z]\\.\\s?){1,3})?\\b(" + NAME + ")\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}(?:ed|s)\\b[^.:!?\\n\"“”‘’]{0,40}:");
    /** "Engels' criticism", "Gorky's letter": whoever has words or writings is a person. */
    private static final Pattern WORDS_OF = Pattern.compile("\\b(" + NAME + ")(?:'s|’s|'|’)\\s+(?:[a-z]+\\s+)?(?:"
            + String.join("|", Lexicon.SPEECH_NOUNS) + ")\\b");
    /** "this fundamental text of Engels", "a speech by Trotsky". */
    private static final Pattern TEXT_OF = Pattern.compile("\\b(?:" + String.join("|", Lexicon.SPEECH_NOUNS)
            + ")\\s+(?:of|by)\\s+(" + NAME + ")\\b");
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "housemaid", "girl", "lady", "landlady");
    private static final Set<String> LOCATIVE = Set.of("in", "to", "from", "at", "near", "of", "for", "into", "via");
    private static final Set<String> PREPOSITIONS = Set.of(
            "to", "with", "by", "from", "of", "for", "at", "about", "on", "in", "into", "upon", "against",
            "toward", "towards", "behind", "after", "before", "under", "over", "between", "among", "like",
            "than", "without", "through", "near", "beside", "opposite", "see", "saw", "scare", "meet", "met",
            "asked", "told", "asking", "telling", "nominated", "called", "excluding", "including", "except", "besides");

    private final List<Mention> all;

    private Mentions(List<Mention> all) {
        this.all = all;
    }

    static Mentions build(String t, String memoiristSurname) {
        Set<String> names = learnNames(t);
        names.add(memoiristSurname);
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[t.length() + 1];
        Matcher m = LeninNames.WITH_POSSESSIVE.matcher(t);
        while (m.find()) {
            add(out, taken, t, m.start(), m.end(), Type.LENIN, Speakers.LENIN, false, m.group(1) != null);
        }
        for (String name : names) {
            // "Engels' criticism": a name ending in s takes the apostrophe alone
            String possessive = name.endsWith("s") ? "((?:'|’)s?)?" : "((?:'|’)s)?";
            Matcher n = Pattern.compile("\\b" + Pattern.quote(name) + "(?![a-z\\-])" + possessive).matcher(t);
            while (n.find()) {
                add(out, taken, t, n.start(), n.end(), Type.NAME, name, isFemale(name), n.group(1) != null);
            }
        }
        Matcher b = BARE_TITLE.matcher(t);
        while (b.find()) {
            add(out, taken, t, b.start(), b.end(), Type.TITLE, b.group(1), false, false);
        }
        Matcher r = RELATION.matcher(t);
        while (r.find()) {
            add(out, taken, t, r.start(), r.end(), Type.RELATION, r.group(1), r.group(1).equals("wife"), false);
        }
        Matcher an = ANONYMOUS.matcher(t);
        while (an.find()) {
            int s = an.start(1);
            if (!taken[s]) {
                out.add(new Mentions.Mention(s, an.end(1), Type.ANONYMOUS, "an unnamed " + an.group(1),
                        FEMALE_NOUNS.contains(an.group(1)), false, afterPreposition(t, an.start())));
                mark(taken, s, an.end(1));
            }
        }
        Matcher p = PRONOUN.matcher(t);
        while (p.find()) {
            String w = p.group(1).toLowerCase();
            switch (w) {
                case "i" -> add(out, taken, t, p.start(), p.end(), Type.I, null, false, false);
                case "me" -> addObject(out, taken, p, Type.I, false);
                case "my" -> add(out, taken, t, p.start(), p.end(), Type.I, null, false, true);
                case "he" -> add(out, taken, t, p.start(), p.end(), Type.HE, null, false, false);
                case "him" -> addObject(out, taken, p, Type.HE, false);
                case "his" -> add(out, taken, t, p.start(), p.end(), Type.HE, null, false, true);
                case "she" -> add(out, taken, t, p.start(), p.end(), Type.SHE, null, true, false);
                case "her" -> addObject(out, taken, p, Type.SHE, true);
                case "we" -> add(out, taken, t, p.start(), p.end(), Type.WE, null, false, false);
                case "us", "our" -> addObject(out, taken, p, Type.WE, false);
                case "they" -> add(out, taken, t, p.start(), p.end(), Type.THEY, null, false, false);
                case "them" -> addObject(out, taken, p, Type.THEY, false);
                case "it" -> add(out, taken, t, p.start(), p.end(), Type.IT, null, false, false);
                case "its" -> add(out, taken, t, p.start(), p.end(), Type.IT, null, false, true);
                default -> { }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return new Mentions(listedObjects(t, out));
    }

    /** "with Rosa Luxemburg, Radek, the Dutch and Kievsky": every name in a list after a preposition is its object. */
    private static List<Mention> listedObjects(String t, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        Mention previous = null;
        for (Mention m : ms) {
            if (previous != null && previous.object() && !m.object() && !m.possessive() && m.named()
                    && m.start() - previous.end() <= 24 && LIST_JOIN.matcher(t.substring(previous.end(), m.start())).matches()
                    && (ENDS_WITH_CONJUNCTION.matcher(t.substring(previous.end(), m.start())).find() || listGoesOn(t, m.end()))) {
                m = new Mention(m.start(), m.end(), m.type(), m.name(), m.female(), false, true);
            }
            out.add(m);
            previous = m;
        }
        return out;
    }

    private static final Pattern LIST_JOIN = Pattern.compile("\\s*,?\\s*(?:the\\s+[A-Z][\\p{L}-]*\\s*,?\\s*)?(?:(?:and|or)\\s+)?");

    private static void addObject(List<Mention> out, boolean[] taken, Matcher p, Type type, boolean female) {
        if (!taken[p.start()]) {
            out.add(new Mention(p.start(), p.end(), type, null, female, false, true));
            mark(taken, p.start(), p.end());
        }
    }

    private static void add(List<Mention> out, boolean[] taken, String t, int s, int e, Type type, String name,
                            boolean female, boolean possessive) {
        for (int i = s; i < e; i++) {
            if (taken[i]) return;
        }
        out.add(new Mention(s, e, type, name, female, possessive, afterPreposition(t, s)));
        mark(taken, s, e);
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) taken[i] = true;
    }

    private static boolean afterPreposition(String t, int s) {
        int e = s;
        while (e > 0 && t.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        String word = t.substring(b, e).toLowerCase();
        if (word.isEmpty() || word.equals("and") || word.equals("or")) {
            // "with Rosa Luxemburg, Radek, the Dutch and Kievsky", "texts from Marx and Engels": a list after a
            // preposition is its object all along
            if (word.isEmpty() && !listGoesOn(t, nameEnd(t, s))) return false;
            Matcher list = (word.isEmpty() ? LIST_AFTER_PREPOSITION : LIST_BEFORE_AND)
                    .matcher(t.substring(Math.max(0, b - 80), b));
            return list.find() && PREPOSITIONS.contains(list.group(1).toLowerCase());
        }
        return b < e && PREPOSITIONS.contains(word);
    }

    private static final Pattern ENDS_WITH_CONJUNCTION = Pattern.compile("\\b(?:and|or)\\s*$");
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,|and\\b|or\\b)");

    /**
     * A list of names runs on with a comma or "and" after each but the last, which "and" or "or" brings in:
     * "a letter addressed to August, Ilyich wrote" ends the phrase at the comma, and Ilyich is the subject.
     */
    private static boolean listGoesOn(String t, int nameEnd) {
        return LIST_GOES_ON.matcher(t).region(nameEnd, t.length()).lookingAt();
    }

    /** End of the capitalised words (a name, "Rosa Luxemburg") starting at {@code s}. */
    private static int nameEnd(String t, int s) {
        int e = s;
        while (true) {
            int w = e;
            while (w < t.length() && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '-' || t.charAt(w) == '.')) w++;
            if (w == e) return e;
            e = w;
            if (e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))) e++;
            else return e;
        }
    }

    private static final String LISTED = "(?:the\\s+)?[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?";
    private static final Pattern LIST_AFTER_PREPOSITION = Pattern.compile(
            "\\b([a-z]+)\\s+(?:" + LISTED + "\\s*,\\s*)+$");
    private static final Pattern LIST_BEFORE_AND = Pattern.compile(
            "\\b([a-z]+)\\s+(?:" + LISTED + "\\s*,\\s*)*" + LISTED + "\\s*,?\\s+$");

    private static final Pattern LOWERCASE_WORD = Pattern.compile("\\b[a-z]+\\b");
    private static final Pattern NAME_BEFORE_VERB = Pattern.compile("(?:(?:[A-Z]\\.\\s?){1,3})?\\b(" + NAME + ")\\s+"
            + "(?:(?:then|once|also|too|recently|had|has|often|later|afterwards|once)\\s+)?(?:"
            + SpeechVerbs.alternation(SpeechVerbs.ALL) + ")\\b");
    /** Only tags invert ("said Trotsky"); after "called" or "mentioned" a capital starts a title or an object. */
    private static final Pattern TAG_BEFORE_NAME = Pattern.compile("\\b(?:" + SpeechVerbs.alternation(tags()) + ")\\s+("
            + NAME + ")\\b");

    private static Set<String> tags() {
        Set<String> tags = new HashSet<>(SpeechVerbs.ALL);
        tags.removeAll(SpeechVerbs.WEAK_TAGS);
        return tags;
    }

    /** People the text shows speaking or writing, or names carrying initials or a title. */
    private static Set<String> learnNames(String t) {
        Set<String> names = new HashSet<>();
        Set<String> lowercaseWords = new HashSet<>();
        Matcher lw = LOWERCASE_WORD.matcher(t);
        while (lw.find()) lowercaseWords.add(lw.group());
        for (Pattern p : List.of(NAME_BEFORE_VERB, TAG_BEFORE_NAME, INTRODUCES, WORDS_OF, TEXT_OF, TITLED, INITIALED, SURNAME)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                String n = m.group(1);
                if (NotNames.contains(n) || LeninNames.isName(n) || n.length() <= 2) continue;
                // Plurals and "the X" are groups or institutions: "the Cadets shout", "Railwaymen's Executive".
                if (n.endsWith("s") && !n.endsWith("ss") && t.contains("the " + n)) continue;
                String prev = previousWord(t, m.start(1));
                if (prev.equals("the") || prev.equals("a") || prev.endsWith("'s") || prev.endsWith("’s")) continue;
                if (p == SURNAME && (LOCATIVE.contains(prev) || lowercaseWords.contains(n.toLowerCase()))) continue;
                names.add(n);
            }
        }
        return names;
    }

    private static String previousWord(String t, int pos) {
        int e = pos;
        while (e > 0 && t.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && !Character.isWhitespace(t.charAt(b - 1))) b--;
        return t.substring(b, e).toLowerCase();
    }

    static boolean isFemale(String name) {
        return name.endsWith("a") || name.equals("Marguerite") || name.equals("Natalia");
    }

    List<Mention> between(int from, int to) {
        List<Mention> out = new ArrayList<>();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < from) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < all.size() && all.get(i).start() < to; i++) {
            if (all.get(i).end() <= to) out.add(all.get(i));
        }
        return out;
    }
}
