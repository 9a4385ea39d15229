package io.crmkit.outbox.dispatch;

import io.crmkit.notify.NotificationSender;
import io.crmkit.outbox.ClaimedMessage;
import io.crmkit.outbox.OutboxDelivery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims due messages of every tenant, sends notifications through the
 * host's {@link NotificationSender} and domain events to its {@link DomainEventListener},
 * and records each outcome. Failed messages are retried with back-off and jitter
 * ({@link RetryPolicy}); after the last attempt they are dead letters, kept until an
 * administrator retries them. Obtain one from {@code Crm.outboxDispatcher(options)}.
 *
 * <p>Two ways to drive it:
 * <ul>
 *   <li>the host's own scheduler calls {@link #dispatchOnce()} (one batch, waited for);</li>
 *   <li>{@link #start()} runs a small built-in loop on a thread of its own, and
 *       {@link #close()} stops it.</li>
 * </ul>
 *
 * <p>Sends run on {@link DispatchOptions#sendConcurrency()} threads, so a slow message holds
 * one of them, not the batch; the built-in loop claims more as soon as a send finishes. Any
 * number of dispatchers (threads, host instances) may run against one storage: claims are
 * disjoint while their lease holds. Nothing is lost when a dispatcher dies or is closed in
 * the middle of a batch: its unfinished claims expire and another dispatcher (or this one,
 * later) delivers them. Delivery is therefore at-least-once; receivers drop duplicates by
 * the message id (for notifications: {@link io.crmkit.notify.Notification#idempotencyKey()}).
 *
 * <pre>{@code
 * OutboxDispatcher dispatcher = crm.outboxDispatcher(DispatchOptions.defaults());
 * dispatcher.start();
 * // … at shutdown:
 * dispatcher.close();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private enum State { NEW, RUNNING, CLOSED }

    private final OutboxDelivery delivery;
    private final DispatchOptions options;
    private final Deliverer deliverer;
    private final ExecutorService senders;
    private final Semaphore inFlight;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final Tally totals = new Tally();
    private volatile Thread loop;

    /**
     * Creates a dispatcher. Hosts usually call {@code Crm.outboxDispatcher(options)} instead.
     *
     * @param delivery the storage's delivery port
     * @param clock where time comes from
     * @param sender where notifications go
     * @param listener where domain events go
     * @param options how to dispatch
     */
    public OutboxDispatcher(OutboxDelivery delivery, Clock clock, NotificationSender sender, DomainEventListener listener,
                            DispatchOptions options) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.options = Objects.requireNonNull(options, "options");
        this.deliverer = new Deliverer(delivery, Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(sender, "sender"), Objects.requireNonNull(listener, "listener"),
                options.retryPolicy(), options.random());
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(options.sendConcurrency(), r -> {
            Thread t = new Thread(r, "crmkit-outbox-send-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(options.batchSize());
    }

    /** {@return the options this dispatcher runs with} */
    public DispatchOptions options() {
        return options;
    }

    /**
     * Claims one batch of due messages, delivers them (several at once) and records each
     * outcome; returns when all of them are done. If the calling thread is interrupted while
     * waiting, it returns early with what is done so far (the interrupt flag set); the rest
     * finish in the background.
     *
     * @return what this round did
     * @throws IllegalStateException if the dispatcher is closed
     * @throws io.crmkit.shared.StorageException if claiming fails (nothing was claimed then)
     */
    public DispatchReport dispatchOnce() {
        if (state.get() == State.CLOSED) {
            throw new IllegalStateException("the outbox dispatcher is closed");
        }
        List<ClaimedMessage> batch = delivery.claim(options.dispatcherId(), deliverer.now(), options.lease(),
                options.batchSize());
        DispatchRound round = new DispatchRound(deliverer, batch, totals, () -> { }, flushNanos());
        int workers = Math.min(options.sendConcurrency(), batch.size());
        List<Future<?>> helpers = new ArrayList<>(workers);
        for (int i = 1; i < workers; i++) {
            helpers.add(senders.submit(round::work));
        }
        if (workers > 0) {
            // The calling thread is one of the workers: no hand-off for a single one.
            round.work();
        }
        for (Future<?> f : helpers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // DispatchRound.work throws nothing but VirtualMachineErrors; report those as they are.
                throw new IllegalStateException("delivering outbox messages failed", e.getCause());
            }
        }
        return round.report();
    }

    /** How long a worker may hold delivered messages before marking them: a tenth of the lease, at most 1 s. */
    private long flushNanos() {
        return Math.min(options.lease().toNanos() / 10, TimeUnit.SECONDS.toNanos(1));
    }

    /**
     * Starts the built-in loop on a daemon thread: it claims as many due messages as there
     * are free places (at most {@link DispatchOptions#batchSize()} in flight), hands them to
     * the send threads, and waits {@link DispatchOptions#pollInterval()} when nothing was due.
     * A failing claim (the database is down) is logged and tried again after the interval.
     *
     * @throws IllegalStateException if it was started before or is closed
     */
    public void start() {
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("the outbox dispatcher can be started once, and not after close()");
        }
        Thread t = new Thread(this::runLoop, "crmkit-outbox-" + options.dispatcherId());
        t.setDaemon(true);
        loop = t;
        t.start();
        LOG.info("outbox dispatcher {} started", options.dispatcherId());
    }

    private void runLoop() {
        try {
            while (stopping.getCount() > 0) {
                if (!inFlight.tryAcquire(options.pollInterval().toNanos(), TimeUnit.NANOSECONDS)) {
                    continue;
                }
                int free = 1 + inFlight.drainPermits();
                List<ClaimedMessage> batch = claimQuietly(free);
                inFlight.release(free - batch.size());
                if (!batch.isEmpty()) {
                    DispatchRound round = new DispatchRound(deliverer, batch, totals, inFlight::release, flushNanos());
                    for (int i = Math.min(options.sendConcurrency(), batch.size()); i > 0; i--) {
                        try {
                            senders.execute(round::work);
                        } catch (RejectedExecutionException e) {
                            // Closed while handing out this batch: its claims expire and are reclaimed.
                            break;
                        }
                    }
                } else {
                    stopping.await(options.pollInterval().toNanos(), TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<ClaimedMessage> claimQuietly(int limit) {
        try {
            return delivery.claim(options.dispatcherId(), deliverer.now(), options.lease(), limit);
        } catch (RuntimeException e) {
            LOG.warn("outbox dispatcher {} could not claim messages ({}); trying again in {}", options.dispatcherId(),
                    e.getClass().getName(), options.pollInterval());
            return List.of();
        }
    }

    /** {@return what this dispatcher did since it was created, in both ways of driving it} */
    public DispatchReport totals() {
        return totals.report();
    }

    /**
     * Stops claiming, waits up to {@link DispatchOptions#shutdownGrace()} for sends in flight
     * to finish and be recorded, then interrupts what is left. Nothing is lost: a message whose
     * send did not finish stays claimed until its lease ends and is delivered again then.
     * Idempotent.
     */
    @Override
    public void close() {
        if (state.getAndSet(State.CLOSED) == State.CLOSED) {
            return;
        }
        stopping.countDown();
        long graceNanos = options.shutdownGrace().toNanos();
        try {
            Thread t = loop;
            if (t != null) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(graceNanos)));
            }
            senders.shutdown();
            if (!senders.awaitTermination(graceNanos, TimeUnit.NANOSECONDS)) {
                senders.shutdownNow();
                LOG.warn("outbox dispatcher {} closed with sends still running; their messages are delivered again"
                        + " after their lease", options.dispatcherId());
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("outbox dispatcher {} closed", options.dispatcherId());
    }
}
