/**
 * Input checks every service shares: Jakarta Validation of commands ({@link io.crmkit.internal.validation.CommandValidator}) and the rules for decimals, references and versions.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.internal.validation;
