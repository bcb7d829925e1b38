/**
 * Users, roles, HTTP Basic for the API and form login for the pages.
 */
@NamedInterface("security")
package eu.serviceaudit.advisor.system.security;

import org.springframework.modulith.NamedInterface;
