package io.crmkit.plan;

import io.crmkit.notify.Channel;
import io.crmkit.segment.SegmentId;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved interaction plan: content for a saved segment's members, over a channel, from a start
 * time, as a notification to each member's owner or a follow-up task per member.
 *
 * @param id the id
 * @param name the name
 * @param content the message or task text
 * @param channel the channel the notification goes out on (or the task's method)
 * @param segmentId the saved segment whose members are targeted (evaluated when the plan runs)
 * @param schedule when it acts
 * @param action what it does per member
 * @param owner who saved it; the owner or an administrator changes, deletes and runs it
 * @param createdAt when it was saved
 * @param updatedAt when it last changed
 * @param version 1 when saved, +1 per change
 */
public record InteractionPlan(InteractionPlanId id, String name, String content, Channel channel, SegmentId segmentId,
                              PlanSchedule schedule, PlanAction action, UserId owner, Instant createdAt,
                              Instant updatedAt, long version) {

    /**
     * The entity type that names a interaction plan in audit entries, access decisions, errors and
     * events: {@value}. Hosts see it, so it never changes with a Java name.
     */
    public static final String ENTITY_TYPE = "interaction_plan";

    /**
     * Checks the components.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param content see {@link #content()}
     * @param channel see {@link #channel()}
     * @param segmentId see {@link #segmentId()}
     * @param schedule see {@link #schedule()}
     * @param action see {@link #action()}
     * @param owner see {@link #owner()}
     * @param createdAt see {@link #createdAt()}
     * @param updatedAt see {@link #updatedAt()}
     * @param version see {@link #version()}
     */
    public InteractionPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
