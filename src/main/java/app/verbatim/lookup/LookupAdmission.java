package app.verbatim.lookup;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import app.verbatim.api.ProblemException;

/**
 * Lets a few lookups run at once and queues the rest in arrival order. A lookup is CPU work in the
 * service and in PostgreSQL; run sixteen at a time on two cores, each was slowed by all the others:
 * at 100,000 quotations the service spent 2.2-2.6 ms of CPU per lookup, against 1.1-1.6 ms run three
 * at a time, and answered fewer requests per second (BENCHMARKS.md). A request that cannot start
 * within the queue timeout is answered 503.
 */
final class LookupAdmission {

    /** Who asks: one submission, or a share of a draft's quotations. */
    enum Lane { SINGLE, DRAFT }

    private final Semaphore permits;
    /** Drafts together hold one permit fewer than there are, so a single lookup always finds one free soon. */
    private final Semaphore draftPermits;
    /**
     * Drafts checked at once, finding their quotations included: half the processors. Finding thousands of
     * quotations in 200,000 characters is CPU work no lookup permit covers; eight such drafts at once, run side by
     * side, left a single lookup 3.6 s behind them on two cores. Queued behind each other, they leave it a core.
     */
    private final Semaphore draftSlots;
    private final long timeoutNanos;

    LookupAdmission(int concurrent, Duration queueTimeout) {
        this.permits = new Semaphore(concurrent, true); // fair: first come, first served
        this.draftPermits = new Semaphore(Math.max(1, concurrent - 1), true);
        this.draftSlots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);
        this.timeoutNanos = queueTimeout.toNanos();
    }

    /** A whole draft's work, started within the queue timeout or answered 503. */
    <T> T runDraft(Supplier<T> work) {
        acquire(draftSlots, System.nanoTime() + timeoutNanos);
        try {
            return work.get();
        } finally {
            draftSlots.release();
        }
    }

    /** One more than the processors: one can be waiting on the database while the others compute. */
    static int defaultConcurrency() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    <T> T run(Supplier<T> lookup) {
        return run(lookup, Lane.SINGLE);
    }

    <T> T run(Supplier<T> lookup, Lane lane) {
        long deadline = System.nanoTime() + timeoutNanos;
        if (lane == Lane.DRAFT) {
            acquire(draftPermits, deadline);
        }
        try {
            acquire(permits, deadline);
            try {
                return lookup.get();
            } finally {
                permits.release();
            }
        } finally {
            if (lane == Lane.DRAFT) {
                draftPermits.release();
            }
        }
    }

    private static void acquire(Semaphore semaphore, long deadline) {
        try {
            if (!semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private static ProblemException busy() {
        return new ProblemException(503, "Service Unavailable",
                "Too many lookups are waiting; try again in a moment", null);
    }
}
