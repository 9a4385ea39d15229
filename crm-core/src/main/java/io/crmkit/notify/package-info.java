/**
 * The notification port: how crmkit reaches people through the host's channels (e-mail,
 * SMS, in-app, webhooks). Messages travel through the transactional outbox.
 */
package io.crmkit.notify;
