/** Action plans made from an analysis: creation, editing with optimistic locking, item progress, exports. */
package eu.serviceaudit.advisor.plan;
