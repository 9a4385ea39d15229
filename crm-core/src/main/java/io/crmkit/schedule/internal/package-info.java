/** The scheduled-work feature's internals: the background loop of a job runner. */
package io.crmkit.schedule.internal;
