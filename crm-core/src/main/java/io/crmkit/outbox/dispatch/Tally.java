package io.crmkit.outbox.dispatch;

import java.util.concurrent.atomic.AtomicInteger;

/** Running counts of claims and outcomes, turned into a {@link DispatchReport}. Thread-safe. */
final class Tally {
    private final AtomicInteger claimed = new AtomicInteger();
    private final AtomicInteger[] outcomes = new AtomicInteger[Deliverer.Outcome.values().length];

    Tally() {
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = new AtomicInteger();
        }
    }

    void claimed(int n) {
        claimed.addAndGet(n);
    }

    void add(Deliverer.Outcome o, int n) {
        outcomes[o.ordinal()].addAndGet(n);
    }

    DispatchReport report() {
        return new DispatchReport(claimed.get(), outcomes[Deliverer.Outcome.DELIVERED.ordinal()].get(),
                outcomes[Deliverer.Outcome.RETRIED.ordinal()].get(), outcomes[Deliverer.Outcome.DEAD.ordinal()].get(),
                outcomes[Deliverer.Outcome.LOST.ordinal()].get());
    }
}
