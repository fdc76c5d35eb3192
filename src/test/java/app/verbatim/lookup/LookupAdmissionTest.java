package app.verbatim.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import app.verbatim.api.ProblemException;
import org.junit.jupiter.api.Test;

class LookupAdmissionTest {

    @Test
    void shouldAnswerBusyWhenNoPlaceFreesUpInTime() throws Exception {
        LookupAdmission admission = new LookupAdmission(1, Duration.ofMillis(50));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> admission.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        running.await(5, TimeUnit.SECONDS);

        ProblemException busy = assertThrows(ProblemException.class, () -> admission.run(() -> "second"));
        assertEquals(503, busy.status());

        finish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("third", admission.run(() -> "third"), "the place is given back when a lookup ends");
    }

    @Test
    void shouldGiveThePlaceBackWhenALookupFails() {
        LookupAdmission admission = new LookupAdmission(1, Duration.ofMillis(50));
        assertThrows(IllegalStateException.class, () -> admission.run(() -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("next", admission.run(() -> "next"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
