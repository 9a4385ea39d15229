/**
 * What every service of one session shares (tenant, principal, locale, the wired ports: {@link io.crmkit.internal.session.SessionContext}) and the one path every change takes: load, authorise, check the version, apply, audit, publish ({@link io.crmkit.internal.session.ChangePath}).
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.internal.session;
