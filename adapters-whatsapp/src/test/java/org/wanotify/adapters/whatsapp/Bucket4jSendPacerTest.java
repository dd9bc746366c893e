package org.wanotify.adapters.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.account.Account;

/** Pacing is checked on recorded grant times: no sliding one-second window may hold more than the allowed sends. */
class Bucket4jSendPacerTest {
    private static final long SECOND = 1_000_000_000L;

    private final Bucket4jSendPacer pacer = new Bucket4jSendPacer();

    @Test
    void burstFromTwoThreadsIsSpreadSoNoSecondExceedsMps() throws Exception {
        int mps = 50;
        Account account = TestData.account(TestData.TOKEN, mps);
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        Runnable burst = () -> {
            for (int i = 0; i < mps; i++) {
                try {
                    pacer.acquire(account);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                grants.add(System.nanoTime());
            }
        };
        Thread other = new Thread(burst);
        other.start();
        burst.run();
        other.join();

        assertEquals(2 * mps, grants.size());
        int allowed = (int) Math.floor(mps * 1.02);
        int busiest = busiestSecond(grants);
        assertTrue(busiest <= allowed, "busiest 1-second window held " + busiest + " grants, allowed " + allowed);
    }

    @Test
    void changedMpsTakesEffectWithoutWaitingForTheOldBucket() {
        Account slow = TestData.account(TestData.TOKEN, 1);
        Account fast = TestData.account(TestData.TOKEN, 1000);
        // At the old rate (1/s) the 20 grants would take about 40 s; the generous bound only proves the rebuild.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            pacer.acquire(slow);
            for (int i = 0; i < 20; i++) {
                pacer.acquire(fast);
            }
        });
    }

    @Test
    void numbersArePacedIndependently() {
        Account first = TestData.account(TestData.TOKEN, 1);
        Account second = new Account("second", "100000000000002", TestData.WABA_ID, first.accessToken(), null, null,
                "v23.0", null, 1, null, null);
        // Each number's first send is free; a shared bucket would make the second one wait about two seconds.
        assertTimeoutPreemptively(Duration.ofMillis(1500), () -> {
            pacer.acquire(first);
            pacer.acquire(second);
        });
    }

    private static int busiestSecond(List<Long> grants) {
        List<Long> sorted = new ArrayList<>(grants);
        Collections.sort(sorted);
        int busiest = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end) - sorted.get(start) >= SECOND) {
                start++;
            }
            busiest = Math.max(busiest, end - start + 1);
        }
        return busiest;
    }
}
