/**
 * Contract tests of crmkit's services running on an adapter: the whole path from a host's
 * call through validation, access checks and domain rules into the adapter's storage and
 * back. An adapter subclasses these as it subclasses the port contracts.
 */
package io.crmkit.spi.contract.service;
