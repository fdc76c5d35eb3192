package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeIndex;

import app.verbatim.works.data.VolumeData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * Writes volume files and the index. Every file is written beside its final name and renamed over it, so a
 * reader (or a run that dies) sees the old file or the new one, never a part.
 */
final class VolumeWriter {

    static final String INDEX = "index.json";
    /** Preset 6 uses an 8 MiB dictionary, more than a volume's JSON needs; readers allocate what the preset says. */
    private static final int XZ_PRESET = 6;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private VolumeWriter() {
    }

    static String fileName(int volume) {
        return String.format("vol-%02d.json.xz", volume);
    }

    static byte[] encode(VolumeData data) {
        try {
            byte[] json = JSON.writeValueAsBytes(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4);
            try (OutputStream xz = new XZCompressorOutputStream(out, XZ_PRESET)) {
                xz.write(json);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode volume " + data.volume(), e);
        }
    }

    /** Writes the volumes given (volume number to encoded file) and rewrites the index, keeping the other volumes' entries. */
    static void write(Path dir, Map<Integer, byte[]> volumes) throws IOException {
        Files.createDirectories(dir);
        Map<Integer, VolumeIndex.Entry> index = new TreeMap<>();
        for (VolumeIndex.Entry e : readIndex(dir)) {
            if (Files.exists(dir.resolve(e.file()))) {
                index.put(e.volume(), e);
            }
        }
        for (Map.Entry<Integer, byte[]> v : volumes.entrySet()) {
            String name = fileName(v.getKey());
            replace(dir, name, v.getValue());
            index.put(v.getKey(), new VolumeIndex.Entry(v.getKey(), name, VolumeConverter.sha256(v.getValue())));
        }
        List<VolumeIndex.Entry> entries = new ArrayList<>(index.values());
        entries.sort(Comparator.comparingInt(VolumeIndex.Entry::volume));
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new VolumeIndex(entries));
        replace(dir, INDEX, json);
    }

    static List<VolumeIndex.Entry> readIndex(Path dir) throws IOException {
        Path file = dir.resolve(INDEX);
        if (!Files.exists(file)) {
            return List.of();
        }
        return JSON.readValue(file.toFile(), VolumeIndex.class).volumes();
    }

    private static void replace(Path dir, String name, byte[] content) throws IOException {
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            Files.write(temp, content);
            try {
                // Temporary files are private; the data is for everyone who may read the directory.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default permissions stand
            }
            try {
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
