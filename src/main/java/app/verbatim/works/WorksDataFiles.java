package app.verbatim.works;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.tukaani.xz.XZInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.works.data.VolumeData;
import app.verbatim.works.data.VolumeIndex;

/**
 * The converted volumes this instance can load: those bundled in the jar ({@code works/index.json}) and those
 * in {@code verbatim.works.data-dir}, which win for the same volume.
 */
final class WorksDataFiles {

    /** One volume's data file: where it is and the hash of its bytes. */
    record VolumeFile(int volume, String name, String sha256, Optional<Path> path) {
    }

    private static final String BUNDLED = "works/";

    private final ObjectMapper json = new ObjectMapper();
    private final Optional<Path> dataDir;

    WorksDataFiles(Optional<Path> dataDir) {
        this.dataDir = dataDir;
    }

    /** Every volume with data, by number; {@code only}, when not empty, keeps just those volumes. */
    List<VolumeFile> available(Optional<List<Integer>> only) {
        Map<Integer, VolumeFile> files = new TreeMap<>();
        try (InputStream index = WorksDataFiles.class.getClassLoader().getResourceAsStream(BUNDLED + "index.json")) {
            if (index != null) {
                for (VolumeIndex.Entry e : json.readValue(index, VolumeIndex.class).volumes()) {
                    files.put(e.volume(), new VolumeFile(e.volume(), e.file(), e.sha256(), Optional.empty()));
                }
            }
            if (dataDir.isPresent()) {
                Path external = dataDir.get().resolve("index.json");
                for (VolumeIndex.Entry e : json.readValue(external.toFile(), VolumeIndex.class).volumes()) {
                    files.put(e.volume(), new VolumeFile(e.volume(), e.file(), e.sha256(),
                            Optional.of(dataDir.get().resolve(e.file()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Works index is unreadable: " + e.getMessage(), e);
        }
        return files.values().stream().filter(f -> only.isEmpty() || only.get().contains(f.volume())).toList();
    }

    /** Reads a volume, refusing a file whose bytes do not hash as the index says (a truncated copy, say). */
    VolumeData read(VolumeFile file) throws IOException {
        byte[] bytes;
        if (file.path().isPresent()) {
            bytes = Files.readAllBytes(file.path().get());
        } else {
            try (InputStream in = WorksDataFiles.class.getClassLoader().getResourceAsStream(BUNDLED + file.name())) {
                if (in == null) {
                    throw new IOException("bundled Works file missing: " + file.name());
                }
                bytes = in.readAllBytes();
            }
        }
        String hash = sha256(bytes);
        if (!hash.equals(file.sha256())) {
            throw new IOException(file.name() + " does not match its index entry (sha256 " + hash + ")");
        }
        try (InputStream in = new XZInputStream(new java.io.ByteArrayInputStream(bytes))) {
            VolumeData data = json.readValue(in, VolumeData.class);
            if (data.format() != VolumeData.FORMAT || data.volume() != file.volume()) {
                throw new IOException(file.name() + " holds format " + data.format() + ", volume " + data.volume());
            }
            return data;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
