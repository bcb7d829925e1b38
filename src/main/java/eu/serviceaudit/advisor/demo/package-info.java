/** Demo data: on a first start, two audit waves of a café chain and a plan, so that every page has something. */
package eu.serviceaudit.advisor.demo;
