/**
 * The tags feature's internals: {@link io.crmkit.tag.internal.TagChanges}, the one way tags change, used by the tag and segment services.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.tag.internal;
