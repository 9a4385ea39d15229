/** The audit trail: who changed what, when, with each field's value before and after. */
package io.crmkit.audit;
