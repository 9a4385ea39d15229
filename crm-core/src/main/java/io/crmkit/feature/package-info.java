/**
 * How crmkit's features declare what they need from the host: {@link io.crmkit.feature.FeatureDescriptor}.
 * Wiring for crmkit itself; hosts do not use it.
 */
package io.crmkit.feature;
