/**
 * Web plumbing shared by every feature: problem+json errors, the exceptions features throw for them, the page marker
 * and the request size limit.
 */
@NamedInterface("web")
package eu.serviceaudit.advisor.system.web;

import org.springframework.modulith.NamedInterface;
