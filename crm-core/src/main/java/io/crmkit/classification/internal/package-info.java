/**
 * The classification feature's internals: {@link io.crmkit.classification.internal.Reclassifier}, which re-runs the configured rules after a change to a customer.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.classification.internal;
