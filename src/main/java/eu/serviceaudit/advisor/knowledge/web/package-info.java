/**
 * The knowledge-base API: search and whole articles.
 */
package eu.serviceaudit.advisor.knowledge.web;
