/**
 * The interaction plan service: saving plans, running them page by page (resumable, never twice
 * for a member), progress and results; and {@link io.crmkit.plan.service.PlanTaskCreator}, the
 * seam follow-up tasks plug into.
 */
package io.crmkit.plan.service;
