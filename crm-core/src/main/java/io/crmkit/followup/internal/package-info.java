/**
 * The follow-up feature's internals: its contribution to a customer's timeline.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.followup.internal;
