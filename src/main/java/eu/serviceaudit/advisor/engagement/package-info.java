/** Clients (engagements) and their audit waves, as the normalised copy of every stored audit. */
package eu.serviceaudit.advisor.engagement;
