/**
 * How crmkit's features declare what they need from the host's storage: {@link io.crmkit.internal.feature.FeatureDescriptor}.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.internal.feature;
