package io.crmkit.spi.memory;

import io.crmkit.customer.CustomerId;
import io.crmkit.plan.InteractionPlan;
import io.crmkit.plan.InteractionPlanId;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.plan.PlanLastRun;
import io.crmkit.plan.PlanMemberResult;
import io.crmkit.plan.PlanOutcome;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The in-memory interaction plans of one tenant with their results (per plan, keyed by the
 * customer id's text, so iteration is the listing's order), seen through one transaction.
 */
final class MemoryInteractionPlans implements InteractionPlans {
    private static final String PLAN = InteractionPlan.ENTITY_TYPE;
    private static final String AFTER = "page.after";

    private final Map<InteractionPlanId, InteractionPlan> plans;
    private final Map<InteractionPlanId, TreeMap<String, PlanMemberResult>> results;
    private final Map<InteractionPlanId, PlanLastRun> runs;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemoryInteractionPlans(Map<InteractionPlanId, InteractionPlan> plans,
                           Map<InteractionPlanId, TreeMap<String, PlanMemberResult>> results,
                           Map<InteractionPlanId, PlanLastRun> runs, Deque<Runnable> undo, Runnable checkOpen) {
        this.plans = plans;
        this.results = results;
        this.runs = runs;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void insert(InteractionPlan plan) {
        checkOpen.run();
        if (plans.containsKey(plan.id())) {
            throw ConflictException.alreadyExists(PLAN, plan.id().toString());
        }
        plans.put(plan.id(), plan);
        undo.push(() -> plans.remove(plan.id()));
    }

    @Override
    public void update(InteractionPlan plan, long expectedVersion) {
        InteractionPlan current = existing(plan.id());
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion(PLAN, plan.id().toString(), expectedVersion, current.version());
        }
        plans.put(plan.id(), plan);
        undo.push(() -> plans.put(current.id(), current));
    }

    @Override
    public boolean delete(InteractionPlanId id) {
        checkOpen.run();
        InteractionPlan current = plans.remove(id);
        if (current == null) {
            return false;
        }
        TreeMap<String, PlanMemberResult> done = results.remove(id);
        PlanLastRun run = runs.remove(id);
        undo.push(() -> {
            plans.put(id, current);
            if (done != null) {
                results.put(id, done);
            }
            if (run != null) {
                runs.put(id, run);
            }
        });
        return true;
    }

    @Override
    public Optional<InteractionPlan> find(InteractionPlanId id) {
        checkOpen.run();
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public List<InteractionPlan> all() {
        checkOpen.run();
        return plans.values().stream().sorted(Comparator.comparing(InteractionPlan::name)
                .thenComparing(p -> p.id().toString())).toList();
    }

    @Override
    public void recordResult(PlanMemberResult result) {
        existing(result.plan());
        TreeMap<String, PlanMemberResult> done = results.computeIfAbsent(result.plan(), k -> new TreeMap<>());
        String key = result.customer().toString();
        if (done.containsKey(key)) {
            throw ConflictException.alreadyExists("interaction_plan_result", result.plan() + "/" + key);
        }
        done.put(key, result);
        undo.push(() -> done.remove(key));
    }

    @Override
    public Set<CustomerId> handled(InteractionPlanId plan, Collection<CustomerId> customers) {
        checkOpen.run();
        TreeMap<String, PlanMemberResult> done = results.getOrDefault(plan, new TreeMap<>());
        Set<CustomerId> out = new HashSet<>();
        for (CustomerId c : customers) {
            if (done.containsKey(c.toString())) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public Page<PlanMemberResult> results(InteractionPlanId plan, PageRequest page) {
        checkOpen.run();
        Optional<String> after = page.after().map(MemoryInteractionPlans::customerKey);
        TreeMap<String, PlanMemberResult> done = results.getOrDefault(plan, new TreeMap<>());
        List<PlanMemberResult> matching = (after.isPresent() ? done.tailMap(after.get(), false) : done).values().stream()
                .limit(page.size() + 1L).toList();
        return Page.ofLookahead(matching, page.size(), r -> Cursor.of(r.customer().toString()).encode());
    }

    private static String customerKey(String token) {
        return Cursor.decodeId(token, AFTER).toString();
    }

    @Override
    public Map<PlanOutcome, Long> counts(InteractionPlanId plan) {
        checkOpen.run();
        Map<PlanOutcome, Long> out = new EnumMap<>(PlanOutcome.class);
        results.getOrDefault(plan, new TreeMap<>()).values().forEach(r -> out.merge(r.outcome(), 1L, Long::sum));
        return out;
    }

    @Override
    public void recordRun(InteractionPlanId plan, Instant at, long members) {
        existing(plan);
        PlanLastRun before = runs.put(plan, new PlanLastRun(at, members));
        undo.push(() -> {
            if (before == null) {
                runs.remove(plan);
            } else {
                runs.put(plan, before);
            }
        });
    }

    @Override
    public Optional<PlanLastRun> lastRun(InteractionPlanId plan) {
        checkOpen.run();
        return Optional.ofNullable(runs.get(plan));
    }

    private InteractionPlan existing(InteractionPlanId id) {
        checkOpen.run();
        InteractionPlan current = plans.get(id);
        if (current == null) {
            throw new NotFoundException(PLAN, id.toString());
        }
        return current;
    }
}
