/** Matching free-text comments to the criteria they speak of. */
package eu.serviceaudit.advisor.knowledge.comments;
