package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Converts one volume's PDF into its data, entirely in memory: a failure leaves nothing behind. */
final class VolumeConverter {

    private static final Pattern FILE_VOLUME = Pattern.compile("(?i)vol[-_. ]?0*(\\d{1,2})\\b.*\\.pdf$");
    private static final Pattern TITLE_VOLUME = Pattern.compile("(?i)\\bVol(?:ume)?\\.?\\s*(\\d{1,2})\\b");

    /** The volume's data and what the report wants to know about how it was read. */
    record Result(VolumeData data, int inferredPages, int plates) {
    }

    private VolumeConverter() {
    }

    static Result convert(Path pdf, Integer volumeGiven) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new ConversionException("cannot read the file (" + e.getMessage() + ")", e);
        }
        checkLooksComplete(bytes);
        PDDocument document;
        try {
            document = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new ConversionException("the PDF needs a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ConversionException("damaged PDF (" + e.getMessage() + ")", e);
        }
        try (document) {
            int volume = volumeGiven != null ? volumeGiven : volumeOf(pdf.getFileName().toString(), document);
            List<List<Glyph>> glyphs = PdfGlyphReader.read(document);
            String[] labels = labels(document);
            float[] heights = new float[glyphs.size()];
            for (int i = 0; i < heights.length; i++) {
                heights[i] = document.getPage(i).getMediaBox().getHeight();
            }
            VolumeReading reading = VolumeReading.read(glyphs, heights, labels);
            VolumeData data = new VolumeData(VolumeData.FORMAT, volume, reading.period(), VolumeData.EDITION,
                    new VolumeData.Source(pdf.getFileName().toString(), sha256(bytes), document.getNumberOfPages()),
                    reading.works(), reading.pages());
            return new Result(data, reading.inferredPages(), reading.plates());
        } catch (IOException e) {
            throw new ConversionException("damaged PDF (" + e.getMessage() + ")", e);
        }
    }

    /** A PDF cut short still opens (the parser rebuilds what it can) but would yield a volume with pages missing. */
    private static void checkLooksComplete(byte[] bytes) {
        if (bytes.length < 8 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new ConversionException("not a PDF file");
        }
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new ConversionException("truncated PDF (no end-of-file marker)");
        }
    }

    static int volumeOf(String fileName, PDDocument document) {
        Matcher m = FILE_VOLUME.matcher(fileName);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
        if (title != null) {
            m = TITLE_VOLUME.matcher(title);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        // The title page's own number is set in a font whose digits do not map to text ("Vol. 26" reads "2").
        throw new ConversionException("volume number not found in the file name or the PDF title; give it with --volume");
    }

    private static String[] labels(PDDocument document) {
        try {
            PDPageLabels labels = document.getDocumentCatalog().getPageLabels();
            return labels == null ? null : labels.getLabelsByPageIndices();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
