package io.crmkit.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Races for the contracts: calls on threads of their own, all released by one latch so that
 * they hit the storage at the same moment, each given at most a minute.
 */
public final class AtOnce {
    private AtOnce() {
    }

    /**
     * Runs {@code threads} calls at once.
     *
     * @param threads how many calls
     * @param call the call of thread {@code i} (0-based)
     * @param <T> what a call returns
     * @return each call's result, in thread order
     * @throws Exception the first call's failure (as the {@link java.util.concurrent.ExecutionException}
     *         of its thread), or a timeout
     */
    public static <T> List<T> run(int threads, IntFunction<Callable<T>> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> c = call.apply(i);
                done.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : done) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
