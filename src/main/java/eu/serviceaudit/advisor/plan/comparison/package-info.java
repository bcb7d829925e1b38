/** Wave comparison: per criterion and per plan item's KPI, what changed since the previous wave of the same client. */
package eu.serviceaudit.advisor.plan.comparison;
