package app.verbatim.extraction.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import app.verbatim.text.MemoirMarkup;

/**
 * Reads a memoir published as a web page into the plain text Verbatim stores, one paragraph a line, in the
 * markup every memoir text shares ({@link MemoirMarkup}): headings as "# " lines, block quotations as "> "
 * lines, note references as "[n]" and the notes themselves after the text. Navigation, page headers and
 * footers, scripts and forms are dropped; the source's bibliographic lines (written, first published,
 * translated by) are kept apart. The page's encoding is honoured: a byte-order mark, then the declaration in
 * {@code <meta>}, then the one the request gave.
 */
public final class HtmlMemoir {

    /** The text, the bibliographic lines, and the page's title. */
    public record Converted(String text, String bibliography, String title) {
    }

    /** Elements whose content is never the memoir's text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "form", "nav", "header", "footer", "button", "input", "select", "textarea",
            "head", "map", "audio", "video");

    /** Classes marxists.org and similar archives give their page furniture. */
    private static final Set<String> FURNITURE = Set.of("footer", "toplink", "next", "updat", "toc", "index", "link",
            "skip", "navigation", "nav", "menu", "breadcrumb");

    private static final Set<String> BIBLIOGRAPHY = Set.of("info", "information", "infotop", "infobot");
    private static final Set<String> BLOCK_QUOTATION = Set.of("quoteb", "quote", "blockquote", "indentb", "indent");
    private static final Set<String> NOTE = Set.of("note", "endnote", "footnote", "fnote");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "dd", "dt", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "center", "address", "caption", "figcaption", "section", "article",
            "main", "aside", "table", "tr", "ul", "ol", "dl", "body", "html", "tbody", "thead");

    /** Deeper than this, a page is not a memoir but an attack on whoever walks its tree. */
    static final int MAX_DEPTH = 256;

    private HtmlMemoir() {
    }

    /**
     * @param bytes           the page as sent
     * @param declaredCharset the charset the request named, used only when the page names none; may be null
     * @throws UnreadableMemoirException when the bytes are not a page, or nothing of a memoir is left
     */
    public static Converted read(byte[] bytes, String declaredCharset) {
        if (looksBinary(bytes)) {
            throw new UnreadableMemoirException("The body is not text: it holds bytes no HTML page has");
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), declaredCharset, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new UnreadableMemoirException("The page's declared charset is not one Java knows: " + e.getMessage());
        }
        if (depth(page) > MAX_DEPTH) {
            throw new UnreadableMemoirException("The page nests its elements more than " + MAX_DEPTH + " deep");
        }
        String title = page.title().strip();
        Walker walker = new Walker();
        walker.block(page.body() == null ? page : page.body());
        String text = walker.text();
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > Math.max(3, text.length() / 200)) {
            throw new UnreadableMemoirException("The page is not valid text in its charset ("
                    + page.charset().name() + "): " + replaced + " characters could not be decoded");
        }
        if (text.isBlank()) {
            throw new UnreadableMemoirException("Nothing of a memoir is left once navigation, scripts and page furniture are removed");
        }
        return new Converted(text, String.join("\n", walker.bibliography), title.isEmpty() ? null : title);
    }

    /** NUL bytes, or many control characters: an image or an archive, whatever its Content-Type said. */
    static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int n = Math.min(bytes.length, 65536);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static int depth(Node root) {
        int max = 0;
        List<Node> level = List.of(root);
        while (!level.isEmpty() && max <= MAX_DEPTH) {
            List<Node> next = new ArrayList<>();
            for (Node n : level) {
                next.addAll(n.childNodes());
            }
            level = next;
            max++;
        }
        return max;
    }

    /** Walks the page in document order, writing paragraphs, headings, block quotations and notes as lines. */
    private static final class Walker {
        final List<String> lines = new ArrayList<>();
        final List<String> bibliography = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        /** After a note, until the next heading: quotations and paragraphs printed under a note belong to it. */
        boolean inNotes;
        int noteCount;

        void block(Element element) {
            for (Node child : element.childNodes()) {
                if (!(child instanceof Element e)) {
                    continue;
                }
                String tag = e.normalName();
                if (DROPPED.contains(tag) || hasClass(e, FURNITURE)) {
                    continue;
                }
                if (hasClass(e, BIBLIOGRAPHY)) {
                    String line = inline(e).strip();
                    if (!line.isEmpty()) {
                        bibliography.addAll(line.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
                    }
                    continue;
                }
                if (hasClass(e, NOTE) || opensWithNoteAnchor(e)) {
                    note(e);
                    continue;
                }
                if (tag.matches("h[1-6]")) {
                    inNotes = false;
                    add(MemoirMarkup.HEADING, inline(e));
                } else if (tag.equals("blockquote") || hasClass(e, BLOCK_QUOTATION)) {
                    if (hasBlockChildren(e)) {
                        List<String> out = out();
                        int before = out.size();
                        block(e);
                        for (int i = before; i < out.size(); i++) {
                            if (!out.get(i).startsWith(MemoirMarkup.BLOCK_QUOTATION)) {
                                out.set(i, MemoirMarkup.BLOCK_QUOTATION + out.get(i));
                            }
                        }
                    } else {
                        add(MemoirMarkup.BLOCK_QUOTATION, inline(e));
                    }
                } else if (hasBlockChildren(e)) {
                    block(e);
                } else if (BLOCKS.contains(tag) || tag.equals("span") || tag.equals("font")) {
                    add("", inline(e));
                }
            }
        }

        private List<String> out() {
            return inNotes ? notes : lines;
        }

        private void note(Element e) {
            Element anchor = e.selectFirst("a[id], a[name]");
            noteCount++;
            String number = String.valueOf(noteCount);
            if (anchor != null) {
                String label = anchor.text().replaceAll("[^0-9A-Za-z*]", "");
                number = label.isEmpty() ? number : label;
                anchor.remove();
            }
            String body = inline(e).strip();
            if (!body.isEmpty()) {
                notes.add(MemoirMarkup.noteLine(number, body.replace('\n', ' ')));
                inNotes = true;
            }
        }

        /**
         * A paragraph opening with a numbered link back into the text ({@code <a id="n1" href="#f1">1.</a>}) is
         * a note, whatever its class: the reference in the text links to it, it links back.
         */
        private static boolean opensWithNoteAnchor(Element e) {
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    if (t.isBlank()) {
                        continue;
                    }
                    return false;
                }
                return n instanceof Element a && a.normalName().equals("a") && a.attr("href").startsWith("#")
                        && (a.hasAttr("id") || a.hasAttr("name")) && a.text().strip().matches("\\[?[0-9*]{1,3}\\.?\\]?")
                        && e.text().length() > a.text().length() + 1;
            }
            return false;
        }

        /** One paragraph's text: whitespace collapsed, line breaks kept, note references as "[n]". */
        private String inline(Element e) {
            StringBuilder out = new StringBuilder();
            inline(e, out);
            return out.toString().lines().map(l -> l.replaceAll("[\\s\\u00A0]+", " ").strip())
                    .filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse("");
        }

        private void inline(Node node, StringBuilder out) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    // The page's source wraps paragraphs at will: only <br> and blocks break a line of the memoir.
                    String raw = t.getWholeText();
                    out.append(preformatted(node) ? raw : raw.replaceAll("[\\s\\u00A0]+", " "));
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (DROPPED.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (isNoteReference(e)) {
                        out.append(MemoirMarkup.noteReference(e.text().replaceAll("[\\[\\]\\s]", "")));
                    } else {
                        inline(e, out);
                        if (BLOCKS.contains(tag)) {
                            out.append('\n');
                        }
                    }
                }
            }
        }

        private static boolean preformatted(Node node) {
            for (Node n = node; n instanceof Element e; n = n.parent()) {
                if (e.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }

        /** A link to a note on the same page ("#n1"), or a superscript number: a reference to a note. */
        private static boolean isNoteReference(Element e) {
            String href = e.attr("href");
            String label = e.text().strip();
            boolean toNote = e.normalName().equals("a") && href.startsWith("#") && label.matches("\\[?[0-9*]{1,3}\\]?");
            boolean superscript = e.normalName().equals("sup") && label.matches("\\[?[0-9*]{1,3}\\]?");
            return toNote || superscript;
        }

        private static boolean hasBlockChildren(Element e) {
            for (Element child : e.children()) {
                String tag = child.normalName();
                if (BLOCKS.contains(tag) && !tag.equals("span") || tag.equals("blockquote")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasClass(Element e, Set<String> classes) {
            for (String c : e.classNames()) {
                if (classes.contains(c.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        private void add(String prefix, String text) {
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    out().add(prefix + l);
                }
            }
        }

        String text() {
            List<String> all = new ArrayList<>(lines);
            if (!notes.isEmpty()) {
                // the page's own "Notes" heading: the notes are written under one of ours, after the text
                all.removeIf(l -> l.matches("(?i)# (?:foot|end)?notes:?"));
                all.add(MemoirMarkup.NOTES_HEADING);
                all.addAll(notes);
            }
            return String.join("\n", all);
        }
    }
}
