/**
 * Purchases the host's ERP or order system records against customers, the exchange rates it
 * supplies, the figures derived from them (spend, orders, average order, margin, growth), and
 * the {@link io.crmkit.purchase.PurchaseChanged} event.
 */
package io.crmkit.purchase;
