package io.crmkit.schedule.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in loop of a {@code JobRunner}: one daemon thread that does a round, then waits
 * the poll interval (wall time: how often to look, not domain time) or until stopped. A round
 * that throws (the database is down) is logged and tried again after the interval.
 *
 * <p>Public only for {@code JobRunner}; hosts do not use it.
 */
public final class JobLoop {
    private static final Logger LOG = LoggerFactory.getLogger(JobLoop.class);

    private final Runnable round;
    private final Duration interval;
    private final String name;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;

    /**
     * Creates the loop, not started.
     *
     * @param name the owner id, for the thread's name and the logs
     * @param round one round of work
     * @param interval the wait between rounds
     */
    public JobLoop(String name, Runnable round, Duration interval) {
        this.name = name;
        this.round = round;
        this.interval = interval;
        this.thread = new Thread(this::loop, "crmkit-jobs-" + name);
        thread.setDaemon(true);
    }

    /** Starts the thread. */
    public void start() {
        thread.start();
        LOG.info("scheduled jobs of {} started", name);
    }

    private void loop() {
        try {
            while (stopping.getCount() > 0) {
                try {
                    round.run();
                } catch (RuntimeException e) {
                    LOG.warn("scheduled jobs of {}: a round failed ({}); trying again in {}", name, e.getClass().getName(),
                            interval);
                }
                stopping.await(interval.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the loop and waits up to {@code grace} for the round in progress to end (a run in
     * progress stops after its current page).
     *
     * @param grace the longest wait
     */
    public void stop(Duration grace) {
        stopping.countDown();
        try {
            thread.join(Math.max(1, grace.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("scheduled jobs of {} stopped", name);
    }
}
