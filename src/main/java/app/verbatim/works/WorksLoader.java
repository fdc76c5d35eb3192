package app.verbatim.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.verbatim.works.data.VolumeData;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * Loads the Collected Works into the database at start, volume by volume, each in one transaction, in the
 * background: the service answers lookups against the memoirs (and the volumes loaded so far) meanwhile.
 * A volume whose data file is unchanged is not loaded again; a changed file replaces its volume whole.
 */
@ApplicationScoped
public class WorksLoader {

    /** Where loading stands: volumes with data, volumes in the database, the one being loaded, failures. */
    public record Progress(int available, int loaded, Integer loading, List<String> failures, boolean finished) {
    }

    /**
     * Bump when cutting or stemming changes what is stored for the same data file: every volume is then
     * loaded again at the next start (the stored key is the file's hash and this number).
     */
    static final int LOAD_FORMAT = 1;

    private final WorksConfig config;
    private final VolumeStore store;
    private final WorksIndex index;
    private final WorksDataFiles files;
    private final Event<WorksVolumeLoaded> volumeLoaded;
    private final PassageCutter cutter = new PassageCutter();
    private volatile Progress progress = new Progress(0, 0, null, List.of(), false);

    WorksLoader(WorksConfig config, VolumeStore store, WorksIndex index, Event<WorksVolumeLoaded> loaded) {
        this.config = config;
        this.store = store;
        this.index = index;
        this.volumeLoaded = loaded;
        this.files = new WorksDataFiles(config.dataDir());
    }

    /** After the seed memoirs (a later priority), so a first start has memoirs to answer from at once. */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (!config.load()) {
            index.refresh();
            progress = new Progress(0, 0, null, List.of(), true);
            return;
        }
        if (config.background()) {
            Thread loader = new Thread(this::loadAll, "works-loader");
            loader.setDaemon(true);
            loader.start();
        } else {
            loadAll();
        }
    }

    /** Tells what depends on the Works; its failure is logged, never taken for the volume's. */
    private void announce(int volume, boolean last) {
        try {
            volumeLoaded.fire(new WorksVolumeLoaded(volume, last));
        } catch (RuntimeException e) {
            Log.errorf(e, "Works: bringing what depends on volume %d up to date failed", volume);
        }
    }

    private static String key(WorksDataFiles.VolumeFile file) {
        return file.sha256() + ":" + LOAD_FORMAT;
    }

    public Progress progress() {
        return progress;
    }

    void loadAll() {
        long started = System.nanoTime();
        List<WorksDataFiles.VolumeFile> available;
        try {
            available = files.available(config.volumes());
        } catch (RuntimeException e) {
            Log.errorf("Works: no volume can be loaded: %s", e.getMessage());
            progress = new Progress(0, 0, null, List.of(e.getMessage()), true);
            return;
        }
        Map<Integer, String> stored = store.storedHashes();
        List<WorksDataFiles.VolumeFile> toLoad = available.stream()
                .filter(f -> !key(f).equals(stored.get(f.volume()))).toList();
        int loaded = available.size() - toLoad.size();
        List<String> failures = new ArrayList<>();
        index.refresh();
        Log.infof("Works: %d of %d volumes loaded already; loading %d", loaded, available.size(), toLoad.size());
        for (WorksDataFiles.VolumeFile file : toLoad) {
            progress = new Progress(available.size(), loaded, file.volume(), List.copyOf(failures), false);
            long t0 = System.nanoTime();
            try {
                VolumeData volume = files.read(file);
                List<CutPassage> passages = cutter.cut(volume);
                store.replace(volume, key(file), passages);
                index.refresh();
                loaded++;
                Log.infof("Works: volume %d loaded (%d pages, %d passages) in %.1f s; %d of %d volumes",
                        volume.volume(), volume.pages().size(), passages.size(), (System.nanoTime() - t0) / 1e9,
                        loaded, available.size());
                announce(volume.volume(), loaded == available.size());
            } catch (Exception e) {
                failures.add("volume " + file.volume() + ": " + e.getMessage());
                Log.errorf("Works: volume %d could not be loaded: %s", file.volume(), e.getMessage());
            }
        }
        progress = new Progress(available.size(), loaded, null, List.copyOf(failures), true);
        Log.infof("Works: %d of %d volumes loaded in %.1f s", loaded, available.size(), (System.nanoTime() - started) / 1e9);
    }
}
