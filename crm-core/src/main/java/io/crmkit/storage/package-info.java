/** The storage boundary a host plugs in: transactions scoped to one tenant, giving the repositories. */
package io.crmkit.storage;
