/** The administrator's pages: users and roles, rule base and knowledge base status. */
package eu.serviceaudit.advisor.admin;
