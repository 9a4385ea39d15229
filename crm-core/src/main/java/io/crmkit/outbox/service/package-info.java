/** The administrator's view of the outbox: dead letters and other delivery states, and retrying. */
package io.crmkit.outbox.service;
