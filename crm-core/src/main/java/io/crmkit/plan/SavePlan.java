package io.crmkit.plan;

import io.crmkit.notify.Channel;
import io.crmkit.segment.SegmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Saves a new plan or replaces a plan's content. The service also checks that the texts hold only
 * storable characters, the gap is 0 to {@link PlanSchedule#MAX_GAP}, the segment is one the user
 * sees, and that {@link PlanAction#CREATE_TASK} is available, with content its tasks can hold
 * (see {@link io.crmkit.plan.service.PlanTaskCreator#maxContentLength()}: 2,000 characters for
 * follow-up tasks).
 *
 * @param name the name (at most 200 characters)
 * @param content the message or task text (at most 4,000 characters; a task plan's at most what
 *     its tasks hold)
 * @param channel the channel
 * @param segmentId the saved segment targeted
 * @param schedule when it acts
 * @param action what it does per member
 */
public record SavePlan(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = SavePlan.MAX_CONTENT) String content,
        @NotNull Channel channel,
        @NotNull SegmentId segmentId,
        @NotNull PlanSchedule schedule,
        @NotNull PlanAction action) {

    /** The longest content a plan has, in characters; a CREATE_TASK plan's task creator may accept less. */
    public static final int MAX_CONTENT = 4000;
}
