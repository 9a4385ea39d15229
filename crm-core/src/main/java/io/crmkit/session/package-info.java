/** What every application service of one session shares: tenant, principal, locale and the wired ports. */
package io.crmkit.session;
