/** Value types shared by every feature: ids, tenancy, contact points, money, paging and crmkit's error hierarchy. */
package io.crmkit.shared;
