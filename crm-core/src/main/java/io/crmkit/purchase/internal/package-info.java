/**
 * The purchase feature's internals: its part of a customer's view.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.purchase.internal;
