/** Training sessions: exercises of the knowledge base assembled, ordered and timed by a trainer. */
package eu.serviceaudit.advisor.training;
