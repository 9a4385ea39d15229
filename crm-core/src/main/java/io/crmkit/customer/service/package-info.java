/**
 * The customer application service: checks access, validates input, applies the customer
 * rules, and stores the change with its audit entry and outbox events in one transaction.
 */
package io.crmkit.customer.service;
