/**
 * Web plumbing shared by every feature: problem+json errors and the request size limit.
 */
package eu.serviceaudit.advisor.system.web;
