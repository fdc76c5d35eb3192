package app.verbatim.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps British spellings and known translation variants of one folded word to a single canonical
 * (American) form, so that "labour" and "labor" compare equal in {@code Token.norm}.
 *
 * <p>Only listed stems are rewritten: a blanket "-ise → -ize" rule would corrupt "otherwise",
 * "promise", "exercise", "advise", "precise", "rise" and many more. Synonyms (soviet/council) are
 * deliberately absent: they are different words and must show up as differences.
 */
final class SpellingVariants {

    private SpellingVariants() {
    }

    /** British stems in -our; any word containing one gets "or" (labourer, favourite, dishonour). */
    private static final List<String> OUR_STEMS = List.of(
            "labour", "favour", "honour", "colour", "behaviour", "neighbour", "harbour", "humour",
            "rumour", "vapour", "vigour", "valour", "armour", "endeavour", "flavour", "odour",
            "clamour", "rancour", "splendour", "candour", "ardour", "fervour", "savour", "parlour",
            "tumour", "demeanour", "saviour", "succour", "glamour");

    /** Stems whose -is(e)/-ys(e) verb forms take z in American spelling. "emphasis" + "e" only. */
    private static final List<String> ISE_STEMS = List.of(
            "organis", "realis", "recognis", "civilis", "mobilis", "nationalis", "socialis",
            "centralis", "legalis", "characteris", "apologis", "criticis", "emphasis", "sympathis",
            "summaris", "specialis", "generalis", "utilis", "authoris", "standardis", "modernis",
            "industrialis", "capitalis", "colonis", "neutralis", "terroris", "jeopardis", "memoris",
            "minimis", "maximis", "familiaris", "popularis", "harmonis", "economis", "agonis",
            "antagonis", "scrutinis", "stabilis", "visualis", "finalis", "formalis", "normalis",
            "militaris", "monopolis", "patronis", "fraternis", "materialis", "revolutionis",
            "vulgaris", "idealis", "humanis", "localis", "neutralis", "polaris", "subsidis",
            "fertilis", "tranquillis", "catechis", "baptis", "evangelis", "italicis", "dramatis",
            "publicis", "theoris", "systematis", "sterilis", "moralis", "rationalis", "equalis");

    private static final List<String> YSE_STEMS = List.of("analys", "paralys", "catalys");

    /** Endings that follow an -is/-ys stem in a verb or derived form. Not "is" (analysis), not "" (emphasis). */
    private static final Set<String> ISE_ENDINGS = Set.of(
            "e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able", "ement");

    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        // -tre / -ter
        pairs("centre", "center", "theatre", "theater", "metre", "meter", "litre", "liter",
                "fibre", "fiber", "calibre", "caliber", "sombre", "somber", "spectre", "specter",
                "lustre", "luster", "meagre", "meager", "sabre", "saber", "manoeuvre", "maneuver");
        // -ogue / -og
        pairs("catalogue", "catalog", "dialogue", "dialog", "analogue", "analog",
                "monologue", "monolog", "prologue", "prolog", "epilogue", "epilog");
        // -ence / -ense and other single words
        pairs("defence", "defense", "offence", "offense", "pretence", "pretense",
                "licence", "license", "programme", "program", "grey", "gray", "cheque", "check",
                "kerb", "curb", "tyre", "tire", "plough", "plow", "storey", "story", "gaol", "jail",
                "jewellery", "jewelry", "sceptic", "skeptic", "sceptical", "skeptical",
                "scepticism", "skepticism", "mould", "mold", "smoulder", "smolder",
                "aeroplane", "airplane", "mediaeval", "medieval", "encyclopaedia", "encyclopedia",
                "judgement", "judgment", "acknowledgement", "acknowledgment", "ageing", "aging",
                "fulfil", "fulfill", "fulfils", "fulfills", "enrol", "enroll", "enrols", "enrolls",
                "instalment", "installment", "skilful", "skillful", "wilful", "willful",
                "practise", "practice", "practised", "practiced", "practising", "practicing",
                "draught", "draft", "moustache", "mustache", "pyjamas", "pajamas");
        // doubled l before a suffix
        for (String stem : List.of("travel", "cancel", "label", "model", "signal", "marshal",
                "quarrel", "level", "fuel", "dial", "equal", "counsel", "channel", "total", "rival")) {
            pairs(stem + "led", stem + "ed", stem + "ling", stem + "ing",
                    stem + "ler", stem + "er", stem + "lers", stem + "ers");
        }
        pairs("marvellous", "marvelous", "counsellor", "counselor", "counsellors", "counselors",
                "woollen", "woolen", "jewellers", "jewelers");
        // translation variants the corpus is known to have: one memoir's "People's Commissars"
        // is another's "People's Commissaries"; transliterations of the same Russian word.
        pairs("commissaries", "commissars", "commissary", "commissar",
                "czar", "tsar", "czars", "tsars", "czarism", "tsarism", "czarist", "tsarist",
                "tzar", "tsar", "kadets", "cadets", "kadet", "cadet");
        // -ise stems that end in -ise for both verb and other forms
        for (String stem : ISE_STEMS) {
            for (String ending : ISE_ENDINGS) {
                WORDS.put(stem + ending, stem.substring(0, stem.length() - 1) + "z" + ending);
            }
        }
        for (String stem : YSE_STEMS) {
            for (String ending : ISE_ENDINGS) {
                WORDS.put(stem + ending, stem.substring(0, stem.length() - 1) + "z" + ending);
            }
        }
    }

    private static void pairs(String... britishThenAmerican) {
        for (int i = 0; i + 1 < britishThenAmerican.length; i += 2) {
            WORDS.put(britishThenAmerican[i], britishThenAmerican[i + 1]);
        }
    }

    /** Canonical form of one folded word; the word itself when no variant is known. */
    static String canonical(String folded) {
        if (folded.endsWith("'s") && folded.length() > 2) {
            return canonicalStem(folded.substring(0, folded.length() - 2)) + "'s";
        }
        return canonicalStem(folded);
    }

    private static String canonicalStem(String word) {
        String mapped = WORDS.get(word);
        if (mapped != null) {
            return mapped;
        }
        String prefixed = withPrefix(word);
        if (prefixed != null) {
            return prefixed;
        }
        for (String stem : OUR_STEMS) {
            int at = word.indexOf(stem);
            if (at >= 0) {
                int our = at + stem.length() - 3;
                return word.substring(0, our) + "or" + word.substring(our + 3);
            }
        }
        return word;
    }

    /** "reorganised", "unrecognised", "disorganisation": a negating or repeating prefix on a listed word. */
    private static String withPrefix(String word) {
        for (String prefix : List.of("re", "un", "dis", "de", "non", "mis")) {
            if (word.length() > prefix.length() + 3 && word.startsWith(prefix)) {
                String mapped = WORDS.get(word.substring(prefix.length()));
                if (mapped != null) {
                    return prefix + mapped;
                }
            }
        }
        return null;
    }
}
