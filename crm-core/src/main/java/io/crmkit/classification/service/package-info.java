/** The classification service: reclassifying one customer or a whole tenant, and value scores. */
package io.crmkit.classification.service;
