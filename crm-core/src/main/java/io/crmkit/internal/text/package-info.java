/**
 * crmkit's own texts in English and Simplified Chinese: message codes to text ({@link io.crmkit.internal.text.Messages}).
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.internal.text;
