/**
 * The rules check: compile, decision-table conflicts and dead rows, coverage of every criterion and pattern by the
 * contract's kind of recommendation, articles in every language, scenario files, rules that never fire; run by
 * {@code --check-rules}, at start and at every reload.
 */
package eu.serviceaudit.advisor.rules.check;
