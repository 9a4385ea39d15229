/**
 * Purchases the host's ERP or order system records against customers, the exchange rates it
 * supplies, and the figures derived from them (spend, orders, average order, margin, growth).
 */
package io.crmkit.purchase;
