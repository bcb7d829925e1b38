/** An action plan as a document to send: PDF, Markdown or CSV, labelled in the plan's language, owners by role only. */
package eu.serviceaudit.advisor.plan.export;
