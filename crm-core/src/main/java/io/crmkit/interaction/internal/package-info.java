/**
 * The interaction log's internals: its contributions to a customer's timeline and view.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.interaction.internal;
