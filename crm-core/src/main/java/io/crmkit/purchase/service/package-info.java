/** The purchase service: recording, correcting and cancelling purchases, and their figures. */
package io.crmkit.purchase.service;
