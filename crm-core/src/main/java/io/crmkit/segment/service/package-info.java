/** The segment service: previewing rules, saving segments, counting and listing members, explaining membership. */
package io.crmkit.segment.service;
