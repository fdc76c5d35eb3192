package app.verbatim.works.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a page's glyphs into lines and words. The PDFs draw word spaces as glyphs, so a space is a
 * space glyph, or a gap wider than most of a space; letter-spaced headings ("L E N I N") have gaps far
 * smaller than that and come out as words. Note-reference numbers are raised, smaller figures
 * ("Salvation.¹¹⁹"): they are dropped here, where their size and height are still known.
 */
final class LineBuilder {

    /** Baselines closer than this belong to one line: superscripts sit 4 pt up, the next line is 8 pt or more below. */
    private static final float SAME_LINE = 4.6f;
    /** A gap this wide splits a line into columns: wider than any justified word space. */
    private static final float COLUMN_GAP = 18f;
    /** Note numbers are set in 5-6 pt; the smallest text the volumes set in lines of its own is 7 pt. */
    private static final float SMALL_GLYPH = 6.6f;

    private LineBuilder() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        // Raised note numbers can sit nearer the line above than their own; they are placed after the text lines.
        List<Glyph> text = new ArrayList<>();
        List<Glyph> small = new ArrayList<>();
        for (Glyph g : glyphs) {
            (g.size() < SMALL_GLYPH ? small : text).add(g);
        }
        List<List<Glyph>> groups = group(text);
        List<Glyph> unplaced = new ArrayList<>();
        float[] sizes = new float[groups.size()];
        float[] baselines = new float[groups.size()];
        for (int k = 0; k < groups.size(); k++) {
            sizes[k] = dominantSize(groups.get(k));
            baselines[k] = baseline(groups.get(k), sizes[k]);
        }
        for (Glyph g : small) {
            int home = -1;
            float best = Float.MAX_VALUE;
            for (int k = 0; k < groups.size(); k++) {
                float above = baselines[k] - g.y();
                if (above >= -1f && above <= 0.6f * sizes[k] && Math.abs(above) < best) {
                    best = Math.abs(above);
                    home = k;
                }
            }
            if (home >= 0) {
                groups.get(home).add(g);
            } else {
                unplaced.add(g);
            }
        }
        groups.addAll(group(unplaced));
        groups.sort(Comparator.comparingDouble(line -> baseline(line, dominantSize(line))));
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> line : groups) {
            addLine(line, lines);
        }
        return lines;
    }

    private static List<List<Glyph>> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> group = new ArrayList<>();
        float top = 0;
        for (Glyph g : sorted) {
            if (!group.isEmpty() && g.y() - top > SAME_LINE) {
                groups.add(group);
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                top = g.y();
            }
            group.add(g);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static void addLine(List<Glyph> group, List<TextLine> lines) {
        if (group.stream().allMatch(Glyph::isSpace)) {
            return;
        }
        float size = dominantSize(group);
        float baseline = baseline(group, size);
        List<Glyph> kept = new ArrayList<>();
        for (Glyph g : group) {
            if (!isNoteReference(g, size, baseline)) {
                kept.add(g);
            }
        }
        kept.sort(Comparator.comparingDouble(Glyph::x));
        List<TextLine.Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float segStart = Float.NaN;
        float lastEnd = Float.NaN;
        int spaceGlyphs = 0;
        boolean wideGap = false;
        // Where the line draws its word spaces, a gap without one is letter-spacing or kerning, not a space.
        boolean drawsSpaces = kept.stream().anyMatch(Glyph::isSpace);
        int bold = 0;
        int italic = 0;
        int letters = 0;
        for (Glyph g : kept) {
            if (g.isSpace()) {
                spaceGlyphs += text.length() > 0 ? 1 : 0;
                continue;
            }
            if (!Float.isNaN(lastEnd)) {
                float gap = g.x() - lastEnd;
                if (gap > COLUMN_GAP) {
                    segments.add(new TextLine.Segment(TextCleaner.rejoinLetterSpaced(text.toString()), segStart, lastEnd));
                    text.setLength(0);
                    segStart = Float.NaN;
                    spaceGlyphs = 0;
                } else if (gap > Math.max(1.0f, (drawsSpaces ? 1.5f : 0.6f) * g.spaceWidth())) {
                    wideGap = true;
                }
            }
            if (Float.isNaN(segStart)) {
                segStart = g.x();
            }
            if (text.length() > 0 && (spaceGlyphs > 0 || wideGap)) {
                // One drawn space may be letter-spacing ("e x c e l l e n t"), however wide; two, or a wide gap
                // with none drawn, are a word space.
                text.append(spaceGlyphs == 1 || spaceGlyphs == 0 && !wideGap ? " " : "  ");
            }
            spaceGlyphs = 0;
            wideGap = false;
            text.append(g.text());
            lastEnd = Math.max(g.end(), Float.isNaN(lastEnd) ? g.end() : lastEnd);
            letters++;
            bold += g.bold() ? 1 : 0;
            italic += g.italic() ? 1 : 0;
        }
        if (text.length() > 0) {
            segments.add(new TextLine.Segment(TextCleaner.rejoinLetterSpaced(text.toString()), segStart, lastEnd));
        }
        if (segments.isEmpty()) {
            return;
        }
        String joined = String.join(" ", segments.stream().map(TextLine.Segment::text).toList());
        lines.add(new TextLine(joined, List.copyOf(segments), segments.get(0).x0(), segments.get(segments.size() - 1).x1(),
                baseline, size, bold * 2 > letters, italic * 2 > letters));
    }

    /** The size most letters of the line are set in, to the half point. */
    static float dominantSize(List<Glyph> group) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : group) {
            if (!g.isSpace()) {
                counts.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0f);
    }

    private static float baseline(List<Glyph> group, float size) {
        List<Float> list = new ArrayList<>();
        for (Glyph g : group) {
            if (!g.isSpace() && Math.abs(g.size() - size) < 0.3f) {
                list.add(g.y());
            }
        }
        list.sort(Float::compare);
        return list.isEmpty() ? group.get(0).y() : list.get(list.size() / 2);
    }

    /** Raised small figures and asterisks point to the editors' notes or a footnote; they are not words. */
    private static boolean isNoteReference(Glyph g, float lineSize, float baseline) {
        if (g.size() > 0.8f * lineSize || g.y() > baseline - 1.2f) {
            return false;
        }
        String t = g.text();
        return t.chars().allMatch(c -> Character.isDigit(c) || c == '*' || c == '†' || c == ',' || c == '-');
    }
}
