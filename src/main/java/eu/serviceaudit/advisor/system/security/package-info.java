/**
 * Users, roles, HTTP Basic for the API and form login for the pages.
 */
package eu.serviceaudit.advisor.system.security;
