/** Who may do what: principals, roles, permissions and the one access policy every service asks. */
package io.crmkit.access;
