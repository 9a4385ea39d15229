/**
 * crmkit's entry point: build a {@link io.crmkit.Crm} once from storage, clock and
 * configuration, then open a {@link io.crmkit.CrmSession} per tenant and acting user.
 */
package io.crmkit;
