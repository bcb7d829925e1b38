/**
 * The criteria catalogue: codes, SERVQUAL dimension, journey stage, critical flag, scope and names in five languages.
 */
package eu.serviceaudit.advisor.criteria;
