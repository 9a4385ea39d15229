/**
 * Contracts of crmkit's services running on an adapter: the whole path from a host's call
 * through validation, access checks and domain rules into the adapter's storage and back.
 * {@link io.crmkit.kit.StorageCompatibilityKit} runs them with the port contracts.
 */
package io.crmkit.kit.service;
