package io.crmkit.outbox.dispatch;

import io.crmkit.outbox.ClaimedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One claimed batch, worked off by one or more workers that take messages from a shared
 * queue: a slow send holds only its worker, and the others carry on with the rest. A worker
 * marks the messages it delivered together (one store call), when the queue runs dry, when it
 * holds {@value #MAX_MARK} of them, or when the first of them was sent longer ago than the
 * flush interval, so that a slow message that follows does not hold their marks for long.
 * Failures are marked one by one, at once.
 */
final class DispatchRound {
    /** The most delivered messages a worker keeps before marking them. */
    static final int MAX_MARK = 200;

    private final Deliverer deliverer;
    private final Queue<ClaimedMessage> queue;
    private final Tally round = new Tally();
    private final Tally totals;
    private final Runnable onFinished;
    private final long flushNanos;

    /**
     * @param batch the claimed messages
     * @param totals the dispatcher's running counts, updated too
     * @param onFinished run once per message whose outcome is recorded (or given up)
     * @param flushNanos how long a worker may hold delivered messages before marking them
     */
    DispatchRound(Deliverer deliverer, List<ClaimedMessage> batch, Tally totals, Runnable onFinished, long flushNanos) {
        this.deliverer = deliverer;
        this.queue = new ConcurrentLinkedQueue<>(batch);
        this.totals = totals;
        this.onFinished = onFinished;
        this.flushNanos = flushNanos;
        round.claimed(batch.size());
        totals.claimed(batch.size());
    }

    /** Takes messages until none is left; then marks what it delivered. */
    void work() {
        List<ClaimedMessage> sent = new ArrayList<>();
        // Elapsed time, not domain time: the monotonic clock, not the injected one.
        long firstSent = 0;
        try {
            ClaimedMessage c;
            while ((c = queue.poll()) != null) {
                Optional<Throwable> failure = deliverer.send(c);
                if (failure.isPresent()) {
                    record(deliverer.failed(c, failure.get()), 1);
                    onFinished.run();
                    continue;
                }
                if (sent.isEmpty()) {
                    firstSent = System.nanoTime();
                }
                sent.add(c);
                if (sent.size() >= MAX_MARK || System.nanoTime() - firstSent > flushNanos) {
                    flush(sent);
                }
            }
        } finally {
            flush(sent);
        }
    }

    private void flush(List<ClaimedMessage> sent) {
        if (sent.isEmpty()) {
            return;
        }
        int marked = deliverer.markDelivered(sent);
        record(Deliverer.Outcome.DELIVERED, marked);
        record(Deliverer.Outcome.LOST, sent.size() - marked);
        for (int i = 0; i < sent.size(); i++) {
            onFinished.run();
        }
        sent.clear();
    }

    private void record(Deliverer.Outcome o, int n) {
        round.add(o, n);
        totals.add(o, n);
    }

    /** {@return what this round did so far} */
    DispatchReport report() {
        return round.report();
    }
}
