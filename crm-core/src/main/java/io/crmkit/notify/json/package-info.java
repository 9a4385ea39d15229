/** Notifications as outbox messages (JSON, Jackson), kept out of the notification types. */
package io.crmkit.notify.json;
